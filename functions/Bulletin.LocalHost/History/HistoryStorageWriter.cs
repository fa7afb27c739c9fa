using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Issues;
using Bulletin.Issues.Archive.Storage;
using Bulletin.Issues.Storage;
using Bulletin.Review.Storage;
using Bulletin.Solicitations;
using Bulletin.Solicitations.Storage;
using Bulletin.Statistics;
using Bulletin.Statistics.Storage;
using Bulletin.UpperLevels;
using Bulletin.UpperLevels.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulletin.LocalHost.History;

/// <summary>Writes the dated part of the history through the app's own stores, in the shapes intake, review, 约稿 and
/// 签发 give them: the doors stamp everything with today's date, and five years cannot be replayed in real time.</summary>
public sealed class HistoryStorageWriter(string connectionString, TextWriter output)
{
    private static readonly string[] Channels = ["Link", "Link", "Dashboard", "Reply"];
    private readonly TableServiceClient _tables = new(connectionString);
    private readonly BlobServiceClient _blobs = new(connectionString);

    /// <summary>The 约稿 with their units' answers; each planned answer gets the number the store gave its solicitation.</summary>
    public async Task WriteSolicitationsAsync(IReadOnlyList<PlannedSolicitation> planned, CancellationToken cancellationToken)
    {
        var store = new SolicitationStore(_tables);
        var facts = new StatisticsFactStore(_tables);
        foreach (var p in planned)
        {
            var (solicitation, _) = await store.AddAsync($"history-{p.Index}-{p.CreatedAt:O}", number => new Solicitation(number, p.Topic,
                "请围绕主题报送本单位重点工作开展情况、特色做法和取得成效，字数1000字左右。", string.Join("、", p.Units.Select(u => u.Unit.Name)),
                p.Units.Select(u => new SolicitedUnit(u.Unit.Name) { SubmissionId = u.Answer?.Id, AnsweredAt = u.Answer?.ReceivedAt, MarkedMissingAt = u.Answer is null ? p.Deadline.AddHours(1) : null }).ToList(),
                p.Deadline, HistoryPlan.Editors[0], p.CreatedAt) { NoticesSentAt = p.CreatedAt.AddMinutes(1) }, cancellationToken);
            foreach (var (unit, answer) in p.Units)
            {
                if (answer is not null)
                    answer.SolicitationNumber = solicitation.Number;
                var outcome = answer is null ? SolicitationOutcome.Missing : answer.ReceivedAt <= p.Deadline ? SolicitationOutcome.OnTime : SolicitationOutcome.Late;
                await facts.RecordSolicitationAsync(new SolicitationOutcome(solicitation.Number, unit.Name, answer?.Id, p.Deadline, outcome), cancellationToken);
            }
        }
    }

    /// <summary>Each submission added as intake registers it, its decision recorded and audited as review does; statistics last, in batches.</summary>
    public async Task<IReadOnlyDictionary<string, Submission>> WriteSubmissionsAsync(IReadOnlyList<PlannedSubmission> planned, CancellationToken cancellationToken)
    {
        var store = new SubmissionStore(_tables, _blobs);
        var audit = new ReviewAuditLog(_tables);
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, Submission>();
        var done = 0;
        await Parallel.ForEachAsync(planned, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (p, ct) =>
        {
            var submission = new Submission(p.Id, p.Unit.Name, p.Unit.SubmitterEmail, p.Unit.SubmitterName, SubmissionSource.Email, p.Title, p.Paragraphs, [],
                SubmissionStatus.Submitted, p.ReceivedAt.ToUniversalTime(), $"<history-{p.Id}@example.org>") { SolicitationNumber = p.SolicitationNumber };
            var (stored, _, etag) = await store.AddIfAbsentAsync(submission, null, ct);
            if (p.Status != SubmissionStatus.Submitted && stored.Decision is null)
            {
                var decision = new SubmissionDecision(DecisionId(p.Id), SubmissionStatus.Submitted, p.Status, p.Editor,
                    p.DecidedAt.ToUniversalTime(), Channels[p.Id[^1] % Channels.Length], p.Reason, null, null);
                if (await store.TryRecordDecisionAsync(stored, decision, etag, ct))
                    stored = stored with { Status = p.Status, Decision = decision };
                await audit.AppendAsync(stored, null, ct);
            }
            written[p.Id] = stored;
            if (Interlocked.Increment(ref done) % 1000 == 0)
                output.WriteLine($"History: {done} of {planned.Count} submissions written");
        });
        await new StatisticsFactStore(_tables).RecordSubmissionsAsync(written.Values, cancellationToken);
        return written;
    }

    /// <summary>Each issue numbered by the series' counters, saved as a draft, signed off, its documents rendered and stored,
    /// published, audited, counted and indexed for the archive search, as 签发 does (without mailing it again today). The
    /// series are written side by side, each in date order so that its numbers follow its dates.</summary>
    public async Task<IReadOnlyList<AssembledIssue>> WriteIssuesAsync(IReadOnlyList<PlannedIssue> planned, IReadOnlyDictionary<string, HistorySeries> series,
        IReadOnlyDictionary<string, Submission> submissions, CancellationToken cancellationToken)
    {
        var published = new System.Collections.Concurrent.ConcurrentBag<AssembledIssue>();
        await Parallel.ForEachAsync(planned.GroupBy(p => p.Series), cancellationToken, async (ofSeries, ct) =>
        {
            foreach (var p in ofSeries.OrderBy(p => p.Date))
            {
                published.Add(await WriteIssueAsync(p, series[p.Series], submissions, ct));
                if (published.Count % 20 == 0)
                    output.WriteLine($"History: {published.Count} of {planned.Count} issues published");
            }
        });
        return published.ToList();
    }

    private async Task<AssembledIssue> WriteIssueAsync(PlannedIssue p, HistorySeries s, IReadOnlyDictionary<string, Submission> submissions, CancellationToken cancellationToken)
    {
        var clock = new HistoryClock { Now = new DateTimeOffset(p.Date.ToDateTime(new TimeOnly(16, 0)), TimeSpan.FromHours(8)) };
        var issues = new IssueStore(_tables);
        var audit = new IssueAuditLog(_tables, clock);
        var number = await new IssueNumberAllocator(_tables, clock).AllocateAsync(s.Id, p.Date.Year, cancellationToken);
        var articles = p.Articles.Select(a => CombinedArticle.From(a.Select(x => submissions[x.Id]).ToList(), new DraftArticle(a.Select(x => x.Id).ToList(), null, null),
            "根据{units}报送信息综合")).ToList();
        var draft = new AssembledIssue(number.Year, number.Number, number.TotalNumber, IssueState.Draft, s.Masthead, s.Office, p.Date, null, articles,
            s.SentUpTo, s.IssuedTo, ["郝婕", "李德昭"]) { SeriesId = s.Id, SeriesKind = s.Kind, PrintsTotal = s.PrintsTotal };
        await issues.AddDraftAsync(draft, cancellationToken);
        await audit.AppendAsync(draft, HistoryPlan.Editors[0], "新建草稿", $"{articles.Count} 篇稿件", cancellationToken);
        var signedOff = draft with { State = IssueState.SignedOff };
        await issues.TrySaveAsync(signedOff, (await issues.FindAsync(s.Id, draft.Year, draft.Number, cancellationToken))!.Value.ETag, cancellationToken);
        if (!(await new IssuePublisher(new IssueDocumentStore(_blobs), NullLogger<IssuePublisher>.Instance).RenderAndStoreAsync(signedOff, cancellationToken)).Succeeded)
            throw new InvalidOperationException($"The documents of {s.Id} {draft.Year}/{draft.Number} were refused.");
        var issue = signedOff with { State = IssueState.Published };
        await issues.TrySaveAsync(issue, (await issues.FindAsync(s.Id, draft.Year, draft.Number, cancellationToken))!.Value.ETag, cancellationToken);
        await audit.AppendAsync(issue, "song.wenhua@example.org", "签发", "通过签发链接签发并发布", cancellationToken);
        await new StatisticsRecorder(new StatisticsFactStore(_tables)).IssuePublishedAsync(issue, cancellationToken);
        await new IssueSearchIndex(_tables).IssuePublishedAsync(issue, cancellationToken);
        return issue;
    }

    /// <summary>Upper-level adoptions and 批示 as the API records them: stored, audited, scored; recorded as mailed (the mails
    /// went out years ago) and each 批示 with the unit's 落实情况.</summary>
    public async Task WriteUpperLevelsAsync(IReadOnlyList<PlannedUpperRecord> planned, CancellationToken cancellationToken)
    {
        var store = new UpperRecordStore(_tables);
        var audit = new UpperAuditLog(_tables);
        var facts = new StatisticsFactStore(_tables);
        foreach (var group in planned.GroupBy(p => p.Submission.Id))
        {
            foreach (var p in group)
            {
                var draft = new UpperRecordDraft(p.Instruction ? UpperRecordKind.Instruction : UpperRecordKind.Adoption, p.Source, p.Level,
                    p.Instruction ? null : $"{p.Date.Year}年第{p.Date.Month * 3}期", p.Date, p.Text);
                var at = new DateTimeOffset(p.Date.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
                var record = new UpperRecord(UpperRecordRules.IdOf(draft), p.Submission.Id, p.Submission.Unit.Name, draft.Kind, draft.Source, draft.Level, draft.Issue,
                    draft.Date, draft.Text, HistoryPlan.Editors[0], at)
                { MailedAt = at.AddMinutes(1), Answer = p.Instruction ? "已按批示要求制定落实方案，相关工作正有序推进。" : null, AnsweredAt = p.Instruction ? at.AddDays(7) : null };
                var (stored, _) = await store.AddIfAbsentAsync(record, cancellationToken);
                await audit.AppendAsync(p.Submission.Id, $"recorded:{stored.Id}", "Recorded", stored.Id, stored.RecordedBy, stored.RecordedAt,
                    UpperRecordRules.Describe(stored.Draft), cancellationToken);
            }
            var records = await store.ListAsync(group.Key, cancellationToken);
            await facts.RecordUpperLevelsAsync(group.Key, group.First().Submission.Unit.Name, UpperRecordService.Levels(records, UpperRecordKind.Adoption),
                UpperRecordService.Levels(records, UpperRecordKind.Instruction), cancellationToken);
        }
    }

    /// <summary>A decision id derived from the submission, so a second run finds the same decision.</summary>
    private static string DecisionId(string submissionId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(submissionId)))[..32];

    /// <summary>The clock the stores read while an issue of another day is written.</summary>
    private sealed class HistoryClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
    }
}

/// <summary>A series as the operator API lists it, what a new issue of it prints.</summary>
public sealed record HistorySeries(string Id, string Kind, string Masthead, string Office, bool PrintsTotal, string SentUpTo, string IssuedTo);
