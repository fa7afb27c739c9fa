namespace Bulletin.Issues.Archive;

/// <summary>The newest issue an archive link opens: the one it was mailed with. Issues published after it stay out of
/// reach, so a forwarded old link never shows later issues.</summary>
public sealed record ArchiveReach(int Year, int Number)
{
    public bool Includes(int year, int number) => year < Year || year == Year && number <= Number;
}
