using Bulletin.Intake;

namespace Bulletin.Statistics;

/// <summary>What statistics know of one submission: its unit, its China date of receipt, where review left it and
/// whether an issue printed it (first article: lead). Terms of the points rule count facts.</summary>
public sealed record StatisticsFact(string SubmissionId, string Unit, DateOnly ReceivedOn, SubmissionStatus Status, bool Published, bool Lead);
