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
}
