using System.Text.Json.Nodes;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Review;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Review;

/// <summary>The reminder service against Azurite, with time moved by hand from a Friday afternoon.</summary>
public sealed class ReviewReminderServiceTests(ReviewReminderStorageFixture storage) : IClassFixture<ReviewReminderStorageFixture>
{
    private ReviewReminderService Reminders => storage.Services.GetRequiredService<ReviewReminderService>();

    [Fact]
    public async Task A_submission_from_friday_afternoon_is_reminded_on_wednesday_once_a_day_to_each_editor()
    {
        var waiting = await AddSubmissionAsync("周五下午的稿件", storage.Clock.Now);
        var decided = await AddSubmissionAsync("已决定的稿件", storage.Clock.Now);
        await storage.Services.GetRequiredService<ReviewDecisionService>().DecideAsync(
            new ReviewRequest(decided, ReviewHost.Hao, ReviewChoice.Adopt, ReviewChannel.Dashboard), null, false, CancellationToken.None);

        var tuesday = await RemindAtAsync("2026-12-01T09:00:00+08:00");
        var wednesday = await RemindAtAsync("2026-12-02T09:00:00+08:00");
        var wednesdayAgain = await RemindAtAsync("2026-12-02T17:00:00+08:00");
        var thursday = await RemindAtAsync("2026-12-03T09:00:00+08:00");

        Assert.Empty(tuesday);
        Assert.Equal([ReviewHost.Hao, ReviewHost.Li], wednesday.Select(To).Order());
        Assert.All(wednesday, d => Assert.Contains(waiting, Outbox.TextOf(d)));
        Assert.All(wednesday, d => Assert.DoesNotContain(decided, Outbox.TextOf(d)));
        Assert.Empty(wednesdayAgain);
        Assert.Equal(2, thursday.Count);
    }

    /// <summary>Moves the clock, runs the reminder, returns the digests it sent.</summary>
    private async Task<List<JsonNode>> RemindAtAsync(string chinaTime)
    {
        storage.Clock.Now = DateTimeOffset.Parse(chinaTime);
        storage.Sent.Clear();
        await Reminders.RemindAsync(CancellationToken.None);
        return storage.Sent.Where(m => Outbox.SubjectOf(m).StartsWith("【审稿提醒】")).ToList();
    }

    private async Task<string> AddSubmissionAsync(string title, DateTimeOffset receivedAt)
    {
        var id = SubmissionId.Create(receivedAt, Guid.NewGuid().ToString());
        await storage.Services.GetRequiredService<SubmissionStore>().AddIfAbsentAsync(new Submission(id, "新安路街道", "xinanlu.xinxi@example.org", "陈静",
            SubmissionSource.Email, title, ["正文。"], [], SubmissionStatus.Submitted, receivedAt, null), null, CancellationToken.None);
        return id;
    }

    private static string To(JsonNode mail) => mail["personalizations"]![0]!["to"]![0]!["email"]!.ToString();
}
