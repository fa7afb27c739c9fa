using Bulletin.Solicitations;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Solicitations;

/// <summary>Timer: every day at 09:00 China time, units that have not answered a solicitation due within two days are
/// reminded (once), and units that let a deadline pass are marked missing.</summary>
public sealed class RemindSolicitedUnits(SolicitationReminderService reminders)
{
    /// <summary>01:00 UTC every day = 09:00 in Asia/Shanghai (UTC+8); in UTC because the host reads schedules in UTC.</summary>
    public const string Schedule = "0 0 1 * * *";

    [Function(nameof(RemindSolicitedUnits))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) => reminders.RunAsync(cancellationToken);
}
