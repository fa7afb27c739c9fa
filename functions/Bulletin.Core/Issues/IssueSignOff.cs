namespace Bulletin.Issues;

/// <summary>The door a 签发 came through.</summary>
public enum IssueSignOffChannel
{
    /// <summary>The 签发人's link from the preview mail.</summary>
    Link,
    /// <summary>The issue's page on the dashboard, signed in.</summary>
    Dashboard,
}

/// <summary>Someone signing issue <paramref name="Year"/>/<paramref name="Number"/> off.</summary>
/// <param name="Actor">The link's 签发人 or the signed-in editor's address: who the audit names.</param>
/// <param name="LinkFingerprint">For <see cref="IssueSignOffChannel.Link"/>: which link, as the audit shows it.</param>
public sealed record IssueSignOffRequest(int Year, int Number, string Actor, IssueSignOffChannel Channel, string? LinkFingerprint = null)
{
    /// <summary>The series (刊物) the issue belongs to.</summary>
    public string Series { get; init; } = Publications.IssueSeries.DefaultId;
}

/// <summary>What signing off an issue did.</summary>
public enum IssueSignOffOutcome
{
    /// <summary>Signed off now, documents stored, published.</summary>
    Published,
    /// <summary>It was published before, or by someone else at the same moment; nothing changed.</summary>
    AlreadyPublished,
    /// <summary>A draft, and the actor is not the 签发人; nothing changed.</summary>
    NotSigner,
    /// <summary>Other documents are stored under its number; it stays signed off.</summary>
    DocumentsRefused,
    NotFound,
    /// <summary>A draft whose 本期送/发 lines have problems (an item reaching nobody, unknown or ambiguous); it stays a draft.</summary>
    DistributionBlocked,
}
