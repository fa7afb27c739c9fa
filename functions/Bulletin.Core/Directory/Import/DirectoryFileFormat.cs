namespace Bulletin.Directory.Import;

/// <summary>The formats a directory file may come in.</summary>
internal enum DirectoryFileFormat
{
    Csv,
    Xlsx,
    Unsupported,
}
