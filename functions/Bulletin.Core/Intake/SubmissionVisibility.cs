using Bulletin.Intake.Storage;

namespace Bulletin.Intake;

/// <summary>Who may read a submission through the API: the operator every one, a unit only its own. Another unit's
/// submission is answered like a missing one, so ids cannot be probed.</summary>
public sealed class SubmissionVisibility(SubmissionStore submissions)
{
    /// <param name="unit">The calling unit, or null for the operator.</param>
    public async Task<Submission?> FindForAsync(string id, string? unit, CancellationToken cancellationToken) =>
        await submissions.FindAsync(id, cancellationToken) is { } submission && (unit is null || submission.Unit == unit) ? submission : null;
}
