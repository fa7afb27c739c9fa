namespace Bulletin.Intake;

public enum SubmissionSource { Email, Upload }

public enum SubmissionStatus { Submitted, Adopted, RevisionRequested, Rejected }

/// <summary>An article a unit submitted (信息稿件), as stored: who sent it, what it says, where its originals are.</summary>
/// <param name="Id">Also the tracking number the submitter is told (e.g. 20261125-K7Q2M9).</param>
public sealed record Submission(
    string Id, string Unit, string SubmitterEmail, string SubmitterName, SubmissionSource Source,
    string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Originals,
    SubmissionStatus Status, DateTimeOffset ReceivedAt, string? MessageId)
{

    /// <summary>The latest editor's decision; null while the submission waits for review.</summary>
    public SubmissionDecision? Decision { get; init; }

    /// <summary>The submission this one revises after a send-back (退回修改), if it is a resubmission.</summary>
    public string? PreviousSubmissionId { get; init; }

    /// <summary>The solicitation (约稿) this submission answers, if any.</summary>
    public int? SolicitationNumber { get; init; }

    /// <summary>审签人, 执笔人 and 联系电话 as given with the submission or read from its signatory line.</summary>
    public Signatories Signatories { get; init; } = Signatories.None;

    /// <summary>The article's photos in order, each placed after its paragraph; the bytes are in blob storage.</summary>
    public IReadOnlyList<ArticlePhoto> Photos { get; init; } = [];

    /// <summary>The title and text as they go into an issue: the editor's light edits, if any, else the submitter's.</summary>
    public string AdoptedTitle => Decision?.EditedTitle ?? Title;
    public IReadOnlyList<string> AdoptedParagraphs => Decision?.EditedParagraphs ?? Paragraphs;
}
