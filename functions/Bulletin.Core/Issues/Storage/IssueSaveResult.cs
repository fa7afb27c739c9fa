using Azure;

namespace Bulletin.Issues.Storage;

/// <summary>What became of saving an issue; <see cref="ETag"/> guards the next change when it was saved.</summary>
public sealed record IssueSaveResult(IssueSaveOutcome Outcome, ETag? ETag = null)
{
    public bool Saved => Outcome == IssueSaveOutcome.Saved;
}

public enum IssueSaveOutcome
{
    Saved,
    /// <summary>Someone changed the issue since it was read: read it again and redo the change.</summary>
    ChangedMeanwhile,
    /// <summary>The issue is published; it never changes.</summary>
    AlreadyPublished,
    /// <summary>The state may not move that way (e.g. a signed-off issue back to draft).</summary>
    StateNotAllowed,
    /// <summary>A signed-off issue is published exactly as signed off; its content cannot change on the way.</summary>
    SignedOffContentChanged,
    NotFound,
    /// <summary>An issue with this year and number exists already.</summary>
    NumberTaken,
}
