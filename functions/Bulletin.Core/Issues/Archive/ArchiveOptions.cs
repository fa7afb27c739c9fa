using System.ComponentModel.DataAnnotations;

namespace Bulletin.Issues.Archive;

/// <summary>The recipients' archive (section <c>Bulletin</c>, beside the bulletin's own settings).</summary>
public sealed class ArchiveOptions
{
    /// <summary>How long the archive link in an issue mail works; default 365 days.</summary>
    [Range(1, 3650, ErrorMessage = "Setting 'Bulletin:ArchiveLinkLifetimeDays' must be a whole number of days from 1 to 3650 (default 365).")]
    public int ArchiveLinkLifetimeDays { get; set; } = 365;
}
