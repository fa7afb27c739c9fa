namespace Bulletin.Issues;

/// <summary>What signing off an issue did.</summary>
public enum IssueSignOffOutcome
{
    /// <summary>Signed off now, documents stored, published.</summary>
    Published,
    /// <summary>It was published before; nothing changed.</summary>
    AlreadyPublished,
    /// <summary>Other documents are stored under its number; it stays signed off.</summary>
    DocumentsRefused,
    NotFound,
    /// <summary>A draft whose 本期送/发 lines have problems (an item reaching nobody, unknown or ambiguous); it stays a draft.</summary>
    DistributionBlocked,
}
