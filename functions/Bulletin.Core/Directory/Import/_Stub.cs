namespace Bulletin.Directory.Import;
// TEMPORARY: replaced by the parser branch.
public static class DirectoryFileReader { public static DirectoryFileResult Read(Stream content, string? fileName, string? contentType) => throw new NotSupportedException(); }
public sealed record DirectoryFileResult(DirectorySnapshot? Snapshot, IReadOnlyList<DirectoryRowError> Errors) { public bool Succeeded => Errors.Count == 0; }
public static class DirectorySnapshotHash { public static string Compute(DirectorySnapshot snapshot) => ""; }
public static class DemoDirectory { public const string FileName = "x"; public static Stream Open() => Stream.Null; }
