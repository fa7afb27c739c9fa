namespace Bulletin.Directory.Import;

/// <summary>What reading a directory file gave: the snapshot when every row is valid, otherwise the errors (never both).</summary>
public sealed record DirectoryFileResult(DirectorySnapshot? Snapshot, IReadOnlyList<DirectoryRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    internal static DirectoryFileResult Failed(params DirectoryRowError[] errors) => new(null, errors);

    internal static DirectoryFileResult FileError(string message) => Failed(new DirectoryRowError(0, null, message));
}
