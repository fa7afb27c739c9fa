namespace Bulletin.Issues.Archive;

/// <summary>The newest issue an archive link opens: the one it was mailed with. Issues published after it stay out of
/// reach, so a forwarded old link never shows later issues: later numbers of its own series, and issues of other series
/// (numbered apart) dated after it.</summary>
public sealed record ArchiveReach(int Year, int Number)
{
    /// <summary>The series of the issue the link was mailed with.</summary>
    public string Series { get; init; } = Publications.IssueSeries.DefaultId;

    public bool Includes(int year, int number) => year < Year || year == Year && number <= Number;

    /// <param name="lastDate">The date of the issue the link was mailed with; null when it is not found (then only its own
    /// series is open).</param>
    public bool Includes(AssembledIssue issue, DateOnly? lastDate) => issue.SeriesId == Series
        ? Includes(issue.Year, issue.Number)
        : lastDate is { } date && issue.Date <= date;
}
