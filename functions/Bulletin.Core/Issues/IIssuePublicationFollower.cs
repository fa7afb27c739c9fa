namespace Bulletin.Issues;

/// <summary>Told each time an issue is found published by a sign-off (again on a repeated sign-off, so a follower that failed
/// catches up): the archive's search index, the 刊于 notices. Every call must be safe to repeat.</summary>
public interface IIssuePublicationFollower
{
    Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken);
}
