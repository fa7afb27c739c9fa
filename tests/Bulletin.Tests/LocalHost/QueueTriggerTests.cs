using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

[Collection(nameof(TestAppHostCollection))]
public sealed class QueueTriggerTests(TestAppHostFixture app)
{
    [Fact]
    public async Task A_queued_message_runs_the_function_once_and_leaves_the_queue()
    {
        var queue = app.Queues.GetQueueClient("work");
        await queue.CreateIfNotExistsAsync();
        var text = $"采用稿件 {Guid.NewGuid()}";

        await queue.SendMessageAsync(text);

        await Eventually.GetAsync(() => app.RecordBodiesAsync("done/"), bodies => bodies.Contains(text), because: "the function records the message");
        var remaining = await queue.PeekMessagesAsync(32);
        Assert.Empty(remaining.Value);
    }

    [Fact]
    public async Task A_message_that_always_fails_is_tried_five_times_then_moved_to_the_poison_queue()
    {
        var queue = app.Queues.GetQueueClient("failing-work");
        var poison = app.Queues.GetQueueClient("failing-work-poison");
        await queue.CreateIfNotExistsAsync();
        var text = $"坏消息 {Guid.NewGuid()}";

        var sent = await queue.SendMessageAsync(text);

        var poisoned = await Eventually.GetAsync(async () => (await poison.ExistsAsync()).Value ? (await poison.PeekMessagesAsync(32)).Value : [],
            messages => messages.Any(m => m.Body.ToString() == text), TimeSpan.FromSeconds(60), "the message reaches the poison queue");
        Assert.Single(poisoned, m => m.Body.ToString() == text);
        var attempts = await app.RecordNamesAsync($"attempts/{sent.Value.MessageId}/");
        Assert.Equal(["1", "2", "3", "4", "5"], attempts.Select(name => name.Split('/').Last()).Order());
        Assert.Empty((await queue.PeekMessagesAsync(32)).Value);
    }
}
