using System.Diagnostics;
using System.Net;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

[Collection(nameof(TestAppHostCollection))]
public sealed class WorkerRestartTests(TestAppHostFixture app)
{
    [Fact]
    public async Task A_killed_worker_fails_its_request_in_flight_at_once_and_is_restarted_for_later_requests_and_queue_messages()
    {
        var id = Guid.NewGuid().ToString("N");
        var inFlight = app.Http.GetAsync($"/api/slow/{id}");
        var pid = int.Parse((await Eventually.GetAsync(() => app.RecordBodiesAsync($"slow/{id}"), bodies => bodies.Count == 1,
            because: "the slow function has started in the worker")).Single());
        Assert.Equal(app.Host.WorkerProcessId, pid);

        Process.GetProcessById(pid).Kill();

        var failed = await inFlight.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        await Eventually.GetAsync(() => Task.FromResult(app.Host.WorkerProcessId), p => p is not null && p != pid, TimeSpan.FromSeconds(60),
            "the host starts a new worker");
        var answer = await Eventually.GetAsync(() => app.Http.GetAsync("/api/hello/重启"), r => r.StatusCode == HttpStatusCode.OK,
            because: "the new worker answers HTTP requests");
        Assert.Equal("你好 重启", await answer.Content.ReadAsStringAsync());
        var queue = app.Queues.GetQueueClient("work");
        await queue.CreateIfNotExistsAsync();
        var text = $"重启后的消息 {Guid.NewGuid()}";
        await queue.SendMessageAsync(text);
        await Eventually.GetAsync(() => app.RecordBodiesAsync("done/"), bodies => bodies.Contains(text), because: "queue messages run on the new worker");
    }
}
