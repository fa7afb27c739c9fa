using Bulletin.Review;

namespace Bulletin.Tests.Review;

public sealed class ReviewReminderScheduleTests
{
    [Theory]
    [InlineData("2026-11-23T10:00:00+08:00", 2, "2026-11-25T10:00:00+08:00")] // Monday → Wednesday
    [InlineData("2026-11-27T15:00:00+08:00", 2, "2026-12-01T15:00:00+08:00")] // Friday → Tuesday, the weekend skipped
    [InlineData("2026-11-28T10:00:00+08:00", 1, "2026-11-30T10:00:00+08:00")] // Saturday → Monday
    [InlineData("2026-11-27T15:00:00+08:00", 0, "2026-11-27T15:00:00+08:00")] // 0: due at once
    [InlineData("2026-11-26T18:30:00+00:00", 1, "2026-11-30T02:30:00+08:00")] // Thursday 18:30 UTC is Friday in China → Monday
    public void A_submission_is_due_after_the_working_days_in_China_time(string received, int workingDays, string due)
    {
        Assert.Equal(DateTimeOffset.Parse(due), ReviewReminderSchedule.DueAt(DateTimeOffset.Parse(received), workingDays));
    }

    [Fact]
    public void The_reminder_day_is_the_China_date()
    {
        Assert.Equal("20261126", ReviewReminderSchedule.ChinaDay(DateTimeOffset.Parse("2026-11-25T16:30:00Z")));
    }
}
