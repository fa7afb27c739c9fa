using System.Net;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

[Collection(nameof(TestAppHostCollection))]
public sealed class TimerTriggerTests(TestAppHostFixture app)
{
    [Fact]
    public async Task A_timer_runs_on_its_schedule_and_keeps_its_monitor_status_in_storage()
    {
        var ticks = (await Eventually.GetAsync(() => app.RecordNamesAsync("ticks/"), names => names.Count >= 3, because: "an every-second timer fires repeatedly")).Count;
        Assert.True(ticks >= 3);

        var status = app.Blobs.GetBlobContainerClient("azure-webjobs-hosts").GetBlobClient("timers/localhost/Host.Functions.EverySecond/status");
        var json = JsonNode.Parse((await status.DownloadContentAsync()).Value.Content.ToString())!;
        Assert.True(DateTimeOffset.Parse(json["Next"]!.ToString()) > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task A_run_on_startup_timer_runs_when_the_host_starts()
    {
        var runs = (await Eventually.GetAsync(() => app.RecordNamesAsync("yearly/"), names => names.Count >= 1, because: "RunOnStartup runs the yearly timer at once")).Count;
        Assert.True(runs >= 1);
    }

    [Fact]
    public async Task The_admin_api_runs_a_timer_function_on_demand()
    {
        var before = (await Eventually.GetAsync(() => app.RecordNamesAsync("yearly/"), names => names.Count >= 1)).Count;

        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/Yearly", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Eventually.GetAsync(() => app.RecordNamesAsync("yearly/"), names => names.Count > before, because: "the admin call runs the timer once more");
    }

    [Fact]
    public async Task The_admin_api_refuses_unknown_and_http_functions()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/NoSuchFunction", new StringContent("{}"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/Hello", new StringContent("{}"))).StatusCode);
    }

    [Fact]
    public async Task The_admin_api_needs_the_operator_key_as_bearer_or_functions_key()
    {
        var before = (await Eventually.GetAsync(() => app.RecordNamesAsync("yearly/"), names => names.Count >= 1)).Count;
        using var functionsKey = new HttpRequestMessage(HttpMethod.Post, "/admin/functions/Yearly") { Content = new StringContent("{}") };
        functionsKey.Headers.Add("x-functions-key", OperatorHttp.Key);

        var anonymous = await app.Http.PostAsync("/admin/functions/Yearly", new StringContent("{}"));
        var wrongKey = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/Yearly", new StringContent("{}"), key: "not-the-operator-key");
        var withKey = await app.Http.SendAsync(functionsKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Bulletin__AdminKey", await anonymous.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, withKey.StatusCode);
        await Eventually.GetAsync(() => app.RecordNamesAsync("yearly/"), names => names.Count == before + 1, because: "only the call with the key runs the timer");
    }
}
