using Bulletin.UpperLevels;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.UpperLevels;

/// <summary>Timer: every day at 09:10 China time, 批示 without 落实情况 for a week are reminded to the unit (once), and
/// records whose mails a stopped step left unsent get them.</summary>
public sealed class RemindInstructions(InstructionReminderService reminders)
{
    /// <summary>01:10 UTC every day = 09:10 in Asia/Shanghai, after the 约稿 reminders.</summary>
    public const string Schedule = "0 10 1 * * *";

    [Function(nameof(RemindInstructions))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) => reminders.RunAsync(cancellationToken);
}
