using Bulletin.Distribution;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Issues.Publications;
using Bulletin.Issues.Storage;
using Bulletin.Statistics;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues;

/// <summary>The editors' work on issues: which adopted submissions are free, creating a numbered draft from them, and
/// signing an issue off through to published (SignedOff, documents stored, Published; a retry finishes what was begun).</summary>
public sealed class IssueDesk(IssueStore issues, IssueNumberAllocator numbers, IssuePublisher publisher, SubmissionStore submissions,
    DistributionPlanner planner, IOptions<BulletinOptions> options, IssueClaimStore claims, DistributionQueues distribution,
    IEnumerable<IStatisticsFeed> statistics, IssueAuditLog audit, SeriesCatalog catalog,
    IssuePublishedQueue published, IssueSigners signers)
{
    private const int MaxAttempts = 5;

    public BulletinOptions Settings => options.Value;

    /// <summary>Every issue, newest first, without its articles' text (<see cref="IssueStore.ListHeadsAsync"/>).</summary>
    public Task<IReadOnlyList<AssembledIssue>> ListAsync(CancellationToken cancellationToken) => issues.ListHeadsAsync(cancellationToken);

    /// <summary>The issues of every series dated in <paramref name="year"/>, newest first, without their text: one partition a series.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> ListAsync(int year, CancellationToken cancellationToken) =>
        await issues.ListHeadsAsync((await catalog.ListAsync(cancellationToken)).Select(s => s.Id), year, cancellationToken);

    public async Task<AssembledIssue?> FindAsync(string series, int year, int number, CancellationToken cancellationToken) =>
        (await issues.FindAsync(series, year, number, cancellationToken))?.Issue;

    /// <summary>How many months back the 新建一期 and 修改草稿 pages offer adopted articles by default: an article is printed
    /// within weeks of its adoption, and years of work leave thousands adopted but never printed.</summary>
    public const int FreeArticleMonths = 3;

    /// <summary>The first day of the months <see cref="FreeArticlesAsync"/> looks at, counting this month.</summary>
    public static DateOnly FreeArticlesFrom(DateOnly today, int months) => new DateOnly(today.Year, today.Month, 1).AddMonths(-(Math.Clamp(months, 1, 600) - 1));

    /// <summary>Adopted submissions received since <paramref name="receivedFrom"/> (China date) that no issue holds or claims
    /// yet, oldest first, as lists show them (no text).</summary>
    public async Task<IReadOnlyList<SubmissionSummary>> FreeArticlesAsync(IReadOnlyList<AssembledIssue> existing, DateOnly receivedFrom, CancellationToken cancellationToken)
    {
        var adopted = submissions.ListAsync(new SubmissionFilter(SubmissionStatus.Adopted, From: receivedFrom), cancellationToken);
        var used = PrintedIds(existing);
        used.UnionWith((await claims.HeldAsync(receivedFrom, cancellationToken)).Keys);
        return (await adopted).Where(s => !used.Contains(s.Id)).ToList();
    }

    /// <summary>Of <paramref name="ids"/>, the adopted submissions no issue holds or claims yet, read whole: their text goes
    /// into the draft. Any adopted submission may be chosen, however old (the API takes ids).</summary>
    private async Task<Dictionary<string, Submission>> FreeAmongAsync(IReadOnlyList<string> ids, IReadOnlyList<AssembledIssue> existing, CancellationToken cancellationToken)
    {
        var used = PrintedIds(existing);
        var oldest = ids.Select(id => SubmissionId.ReceivedOn(id) ?? DateOnly.MinValue).Min();
        used.UnionWith((await claims.HeldAsync(oldest, cancellationToken)).Keys);
        var found = await Task.WhenAll(ids.Where(id => !used.Contains(id)).Select(id => submissions.FindAsync(id, cancellationToken)));
        return found.OfType<Submission>().Where(s => s.Status == SubmissionStatus.Adopted).ToDictionary(s => s.Id);
    }

    private static HashSet<string> PrintedIds(IEnumerable<AssembledIssue> existing) =>
        existing.SelectMany(i => i.Articles).SelectMany(a => a.Contributors).Select(c => c.SubmissionId).ToHashSet(StringComparer.Ordinal);

    /// <summary>Allocates the next number and saves a draft of the chosen submissions in the given order, audited in
    /// <paramref name="actor"/>'s name (the signed-in editor's address).</summary>
    public async Task<IssueDraftResult> CreateDraftAsync(IssueDraft draft, string actor, CancellationToken cancellationToken)
    {
        var asked = draft.ArticlesAsked;
        var ids = asked.SelectMany(a => a.SubmissionIds).ToList();
        if (ids.Count == 0 || asked.Any(a => a.SubmissionIds.Count == 0))
            return new IssueDraftResult(null, "请至少选择一篇稿件。");
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            return new IssueDraftResult(null, "同一篇稿件只能编入一篇文章。");
        if (string.IsNullOrWhiteSpace(draft.SentUpTo) || string.IsNullOrWhiteSpace(draft.IssuedTo))
            return new IssueDraftResult(null, "请填写“本期送”和“发”。");
        if (await catalog.FindAsync(draft.SeriesId, cancellationToken) is not { } series)
            return new IssueDraftResult(null, $"刊物“{draft.SeriesId}”不存在。请先在“刊物”中新建它，或选择已有的刊物。");
        var existing = await issues.ListHeadsAsync(cancellationToken);
        var free = await FreeAmongAsync(ids, existing, cancellationToken);
        if (ids.FirstOrDefault(id => !free.ContainsKey(id)) is { } taken)
            return new IssueDraftResult(null, $"稿件 {taken} 未采用或已编入其他一期。");
        var articles = asked.Select(a => CombinedArticle.From(a.SubmissionIds.Select(id => free[id]).ToList(), a, Settings.CombinedUnitLine)).ToList();
        // Claimed before a number is allocated: a draft that loses a submission to another uses up no number.
        var pending = IssueClaimStore.NewPendingOwner();
        if (await claims.TryClaimAllAsync(ids, pending, cancellationToken) is { } claimedElsewhere)
            return new IssueDraftResult(null, $"稿件 {claimedElsewhere} 刚被编入其他一期。请刷新页面后重新选择。");
        try
        {
            // The year is the issue's own: an issue dated 2020-03-08 is numbered in 2020, whenever it is made.
            var number = await numbers.AllocateAsync(series.Id, draft.Date.Year, cancellationToken);
            var issue = new AssembledIssue(number.Year, number.Number, number.TotalNumber, IssueState.Draft, series.Masthead, series.Office,
                draft.Date, Continued(draft.Series, existing), articles, draft.SentUpTo.Trim(), draft.IssuedTo.Trim(),
                draft.Editors is { Count: > 0 } editors ? editors : [draft.Editor])
            {
                SeriesId = series.Id, SeriesKind = series.Kind, PrintsTotal = series.PrintsTotal, SeriesName = series.Name,
                Markings = draft.Markings.ApplyTo(series.Markings), EditorsNote = Markings.EditorsNote.Clean(draft.EditorsNote),
            };
            var saved = await issues.AddDraftAsync(issue, cancellationToken);
            if (!saved.Saved)
            {
                await claims.ReleaseAsync(ids, pending, cancellationToken);
                return new IssueDraftResult(null, $"未能保存（{saved.Outcome}），请重试。");
            }
            await claims.AssignAsync(ids, pending, IssueClaimStore.OwnerOf(issue), cancellationToken);
            await audit.AppendAsync(issue, actor, "新建草稿",
                $"{articles.Count} 篇稿件：{string.Join("、", articles.Select(a => $"{string.Join("+", a.Contributors.Select(c => c.SubmissionId))}《{a.Title}》"))}", cancellationToken);
            return new IssueDraftResult(issue, null);
        }
        catch
        {
            await claims.ReleaseAsync(ids, pending, CancellationToken.None);
            throw;
        }
    }

    private static SeriesHeadline? Continued(SeriesHeadline? series, IEnumerable<AssembledIssue> existing) =>
        series is { Part: SeriesHeadline.NextPart } asked ? asked with { Part = SeriesHeadline.PartAfterLast(existing, asked.Text) } : series;

    /// <summary>Whom the issue's 本期送 and 发 lines reach in the current directory, and what blocks sending.</summary>
    public Task<DistributionPlan> PlanAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        planner.PlanAsync(issue.SentUpTo, issue.IssuedTo, cancellationToken);

    /// <summary>签发, whichever door it came through: a draft only by the 签发人 (a signed-off issue left half published is
    /// finished by anyone), and the one call that publishes it writes the 签发 row of the issue's audit; racers and repeats
    /// are told <see cref="IssueSignOffOutcome.AlreadyPublished"/> and write nothing.</summary>
    public async Task<IssueSignOffOutcome> SignOffAsync(IssueSignOffRequest request, CancellationToken cancellationToken)
    {
        if (await FindAsync(request.Series, request.Year, request.Number, cancellationToken) is { State: IssueState.Draft } draft
            && !await signers.IsSignerAsync(draft.SeriesId, request.Actor, cancellationToken))
            return IssueSignOffOutcome.NotSigner;
        var (outcome, issue) = await PublishAsync(request.Series, request.Year, request.Number, cancellationToken);
        if (outcome == IssueSignOffOutcome.Published)
            await audit.AppendAsync(issue!, request.Actor, "签发", request.Channel == IssueSignOffChannel.Link
                ? $"通过签发链接（{request.LinkFingerprint}）签发并发布" : "在工作台签发并发布", cancellationToken);
        return outcome;
    }

    /// <summary>A draft whose lines have problems is not signed off (<see cref="IssueSignOffOutcome.DistributionBlocked"/>).
    /// Draft → SignedOff → documents stored → Published; an issue left signed off by a failed step is finished.
    /// <see cref="IssueSignOffOutcome.Published"/> only for the call whose save made it Published.</summary>
    private async Task<(IssueSignOffOutcome, AssembledIssue?)> PublishAsync(string series, int year, int number, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await issues.FindAsync(series, year, number, cancellationToken) is not { } found)
                return (IssueSignOffOutcome.NotFound, null);
            var (issue, etag) = found;
            if (issue.State == IssueState.Published)
            {
                // Also on a repeated sign-off, so statistics catch up if recording failed the first time.
                await TellPublishedAsync(issue, cancellationToken);
                return (IssueSignOffOutcome.AlreadyPublished, issue);
            }
            if (issue.State == IssueState.Draft)
            {
                if (!(await PlanAsync(issue, cancellationToken)).CanSend)
                    return (IssueSignOffOutcome.DistributionBlocked, issue);
                await issues.TrySaveAsync(issue with { State = IssueState.SignedOff }, etag, cancellationToken);
                continue;
            }
            if (!(await publisher.RenderAndStoreAsync(issue, cancellationToken)).Succeeded)
                return (IssueSignOffOutcome.DocumentsRefused, issue);
            // Queued before Published is saved, so a published issue is always distributed; the step waits for Published.
            await distribution.RequestAsync(new DistributionRequested(year, number, Series: series), cancellationToken);
            if ((await issues.TrySaveAsync(issue with { State = IssueState.Published }, etag, cancellationToken)).Saved)
            {
                await TellPublishedAsync(issue with { State = IssueState.Published }, cancellationToken);
                return (IssueSignOffOutcome.Published, issue);
            }
        }
        throw new InvalidOperationException($"Issue {series} {year}/{number} kept changing while being signed off.");
    }

    private async Task TellPublishedAsync(AssembledIssue issue, CancellationToken cancellationToken)
    {
        foreach (var feed in statistics) await feed.IssuePublishedAsync(issue, cancellationToken);
        await published.RequestAsync(issue, cancellationToken);
    }

    /// <summary>The file names of a published issue's HTML, DOCX and PDF.</summary>
    public static IReadOnlyList<string> DocumentNames(AssembledIssue issue) =>
        Enum.GetValues<IssueDocumentKind>().Select(k => IssueDocument.Of(issue, k).FileName).ToList();
}
