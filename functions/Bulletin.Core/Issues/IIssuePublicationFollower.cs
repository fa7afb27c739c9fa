namespace Bulletin.Issues;

/// <summary>Told, by the step of queue <c>issue-published</c>, that an issue is published (again when a sign-off is repeated,
/// so a follower that failed catches up): the archive's search index, the 刊于 notices. Every call must be safe to repeat.</summary>
public interface IIssuePublicationFollower
{
    Task IssuePublishedAsync(AssembledIssue issue, CancellationToken cancellationToken);
}
