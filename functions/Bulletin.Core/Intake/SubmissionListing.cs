namespace Bulletin.Intake;

/// <summary>Which submissions to list: received from <paramref name="From"/> to <paramref name="To"/> (China dates, both
/// included; null for no bound), in one state and of one unit when given.</summary>
public sealed record SubmissionFilter(SubmissionStatus? Status = null, string? Unit = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A submission as a list shows it: what it is, whose, in what state; not its text.</summary>
public sealed record SubmissionSummary(string Id, string Unit, string Title, SubmissionStatus Status, string SubmitterEmail, DateTimeOffset ReceivedAt)
{
    /// <summary>The editor's edited title of the last decision, if any.</summary>
    public string? EditedTitle { get; init; }

    /// <summary>The title as it goes into an issue, as <see cref="Submission.AdoptedTitle"/>.</summary>
    public string AdoptedTitle => EditedTitle ?? Title;
}
