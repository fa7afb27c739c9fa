namespace Bulletin.Directory;

/// <summary>One imported state of the directory: when, by whom, from which file, and its size.</summary>
public sealed record DirectoryVersion(
    string Version, string ContentHash, DateTimeOffset ImportedAt, string ImportedBy, string FileName, int Units, int People, int Groups);
