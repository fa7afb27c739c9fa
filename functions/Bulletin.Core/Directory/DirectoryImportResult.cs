namespace Bulletin.Directory;

public enum DirectoryImportOutcome
{
    /// <summary>The file became the directory.</summary>
    Imported,
    /// <summary>The file holds exactly the current directory: nothing was written.</summary>
    Unchanged,
    /// <summary>The file has errors: nothing was written.</summary>
    Invalid,
    /// <summary>Another import finished first: nothing was written; import again to replace it.</summary>
    Conflict,
}

/// <summary>How an import ended, with the row errors when the file was refused.</summary>
public sealed record DirectoryImportResult(DirectoryImportOutcome Outcome, DirectoryVersion? Version, IReadOnlyList<DirectoryRowError> Errors);
