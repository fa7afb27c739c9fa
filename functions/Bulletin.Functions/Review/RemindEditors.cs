using Bulletin.Review;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Review;

/// <summary>Timer: each working day at 09:00 China time mails every editor a digest of the submissions waiting too long.</summary>
public sealed class RemindEditors(ReviewReminderService reminders)
{
    /// <summary>01:00 UTC Monday to Friday = 09:00 in Asia/Shanghai (UTC+8, no daylight saving). Written in UTC because
    /// the host reads schedules in UTC and Linux Flex Consumption does not support WEBSITE_TIME_ZONE.</summary>
    public const string Schedule = "0 0 1 * * 1-5";

    [Function(nameof(RemindEditors))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) => reminders.RemindAsync(cancellationToken);
}
