using Bulletin.Functions.Review;
using Bulletin.Statistics.Reports;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Statistics;

/// <summary>Timer: each working day at 09:00 China time; on the month's first working day (or the next run, if that one
/// was missed) last month's 采用通报 is stored and mailed, and later runs of the month send nothing again.</summary>
public sealed class SendAdoptionReport(AdoptionReportService reports)
{
    /// <summary>01:00 UTC Monday to Friday = 09:00 in Asia/Shanghai (see RemindEditors for why UTC).</summary>
    public const string Schedule = "0 0 1 * * 1-5";

    [Function(nameof(SendAdoptionReport))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) => reports.SendAsync(cancellationToken);
}
