using Bulletin.Directory;
using Bulletin.Distribution;
using Bulletin.Issues.Storage;

namespace Bulletin.Issues;

/// <summary>签发 through the 签发人's link: what the link's page shows (never changing anything), and the signing off its
/// form posts, through <see cref="IssueDesk.SignOffAsync"/> in the link's 签发人's name.</summary>
public sealed class IssueLinkSignOff(IssueDesk desk, IssueSigners signers, DirectoryStanding standing)
{
    public async Task<IssueLinkView> ShowAsync(IssueSignOffLink link, CancellationToken cancellationToken)
    {
        // The link names the configured 签发人 (checked with the token); the directory must still let them in, as the dashboard does.
        if (!await standing.IsEditorialAsync(link.Actor!, cancellationToken))
            return new IssueLinkView(IssueLinkState.SignerGone, null, null) { Refusal = await standing.EditorGoneAsync(link.Actor!, cancellationToken) };
        if (await desk.FindAsync(link.Series, link.Year, link.Number, cancellationToken) is not { } issue)
            return new IssueLinkView(IssueLinkState.NotFound, null, null);
        // Another series' link names one of its 签发人 at the time of the preview: they must still be one.
        if (issue.State != IssueState.Published && !await signers.IsSignerAsync(issue.SeriesId, link.Actor!, cancellationToken))
            return new IssueLinkView(IssueLinkState.SignerGone, issue, null) { Refusal = IssueSignOffLink.Explain(SignOffLinkProblem.NotForSigner) };
        if (issue.State == IssueState.Published)
            return new IssueLinkView(IssueLinkState.Published, issue, null);
        // What the 签发人 previewed is what gets signed: after any change the editors send a new preview.
        if (!IssueSignOffLinks.StillAsPreviewed(link, issue))
            return new IssueLinkView(IssueLinkState.ChangedSincePreview, issue, null);
        return new IssueLinkView(IssueLinkState.Open, issue, await desk.PlanAsync(issue, cancellationToken));
    }

    /// <summary>Signs the issue off if the link still holds for it; <see cref="IssueLinkView.Outcome"/> says what happened.</summary>
    public async Task<IssueLinkView> SignOffAsync(IssueSignOffLink link, string linkFingerprint, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(link, cancellationToken);
        if (shown.State == IssueLinkState.SignerGone)
            return shown;
        if (shown.State != IssueLinkState.Open)
            return shown with { Outcome = shown.State == IssueLinkState.Published ? IssueSignOffOutcome.AlreadyPublished : null };
        var outcome = await desk.SignOffAsync(
            new IssueSignOffRequest(link.Year, link.Number, link.Actor!, IssueSignOffChannel.Link, linkFingerprint) { Series = link.Series }, cancellationToken);
        var after = await ShowAsync(link, cancellationToken);
        return after with { Outcome = outcome, Plan = after.Plan ?? (outcome == IssueSignOffOutcome.DistributionBlocked ? shown.Plan : null) };
    }
}

public enum IssueLinkState
{
    NotFound,
    /// <summary>The 签发人 the link names is no longer an editor or 签发人 in the directory: nothing is shown or signed.</summary>
    SignerGone,
    /// <summary>A draft (or signed-off issue) that prints something else than the preview the link came with.</summary>
    ChangedSincePreview,
    /// <summary>Not published yet and as previewed: the page offers 签发.</summary>
    Open,
    Published,
}

public sealed record IssueLinkView(IssueLinkState State, AssembledIssue? Issue, DistributionPlan? Plan, IssueSignOffOutcome? Outcome = null)
{
    /// <summary>For <see cref="IssueLinkState.SignerGone"/>: who is gone and whom to ask.</summary>
    public string? Refusal { get; init; }
}
