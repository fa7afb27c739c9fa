using Bulletin.Tests.Intake.EndToEnd;
using System.Net;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Review;

/// <summary>Reminders through the local host's admin API, which runs the timer now (reminders come after 0 working days here).</summary>
[Collection(nameof(ReviewReplyHostCollection))]
public sealed class ReviewReminderEndToEndTests(ReviewReplyHostFixture app)
{
    [Fact]
    public async Task Running_the_reminder_timer_twice_mails_each_editor_one_digest_naming_the_waiting_submission()
    {
        var submission = await app.SubmitByMailAsync("xinanlu.xinxi@example.org", "新安路街道待审稿件 " + Guid.NewGuid().ToString("N")[..6],
            "街道组织开展专项活动，居民参与踊跃。下一步将持续总结经验做法，推动各项工作落地见效。");
        await app.ReviewMailsAsync(submission.RowKey);

        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/RemindEditors", new StringContent("{}"))).StatusCode);
        var digests = await Eventually.GetAsync(() => DigestsAsync(), d => d.Count >= 2, because: "both editors are reminded");
        var secondRun = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/RemindEditors", new StringContent("{}"))).StatusCode);
        await Eventually.GetAsync(LastRunAsync, last => last >= secondRun, because: "the second run is done");

        Assert.Equal([ReviewHost.Hao, ReviewHost.Li], (await DigestsAsync()).Select(d => d.To).Order());
        Assert.All(digests, d => Assert.Contains(submission.RowKey, d.Text));
        Assert.All(digests, d => Assert.Contains("/api/review?token=", d.Text));
    }

    /// <summary>When the reminder last ran, as it notes in table reminders.</summary>
    private async Task<DateTimeOffset?> LastRunAsync()
    {
        var table = app.Tables.GetTableClient("reminders");
        await table.CreateIfNotExistsAsync();
        DateTimeOffset? last = null;
        await foreach (var run in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {"~run"}")))
            last = run.GetDateTimeOffset("LastRunAt") is { } at && (last is null || at > last) ? at : last;
        return last;
    }

    private async Task<List<(string To, string Text)>> DigestsAsync() =>
        (await Task.WhenAll(new[] { ReviewHost.Hao, ReviewHost.Li }.Select(async editor =>
            (await app.Http.MailsToAsync(editor)).Where(m => Outbox.SubjectOf(m).StartsWith("【审稿提醒】")).Select(m => (editor, Outbox.TextOf(m))))))
        .SelectMany(d => d).ToList();
}
