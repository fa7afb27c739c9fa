namespace Bulletin.Directory.Import;

/// <summary>One checked row: its unit and category, and the person it names when that part is valid
/// (null for a row that only declares a unit, or whose person has errors).</summary>
internal sealed record DirectoryRow(int Number, string Unit, string Category, DirectoryPerson? Person);
