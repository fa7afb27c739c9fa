using System.Net;
using Bulletin.Storage;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Distribution.EndToEnd;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Review;
using Xunit.Abstractions;

namespace Bulletin.Tests.Storage;

/// <summary>How many storage requests one submission's life costs, step by step, through the local host: mailed in,
/// receipt, review mails, adopted by link (and the submitter told), printed (draft created, signed off, published with
/// its documents) and distributed. Measured twice: the first submission in a fresh worker process, then a second one in
/// the same process. Each step has a committed budget for both; the test fails when a step grows past it.</summary>
[Collection(nameof(StorageCallsHostCollection))]
public sealed class SubmissionLifeStorageCallsTests(StorageCallsHostFixture app, ITestOutputHelper output)
{
    /// <summary>Each step, the functions that do it, and the most storage requests it may make in a fresh worker and in a warm one.</summary>
    private static readonly (string Step, string[] Functions, int First, int Warm)[] Steps =
    [
        ("mail in (POST /api/inbound/sendgrid)", ["ReceiveInboundMail"], 5, 3),
        // Registering reads the unit's row of the month's list index before writing both in one transaction (+1).
        ("receipt", ["ProcessInboundMail"], 14, 10),
        ("review mails", ["SendReviewMails"], 8, 6),
        // The link checks at use that its editor is still one in the directory (GET and POST); the decision reads the
        // unit's row of the month's list index before writing both in one transaction (+1).
        ("adopted by link, submitter told", ["ReviewSubmission", "NotifySubmitter"], 16, 14),
        // Each dashboard request reads its stored session; 签发 writes its audit row. Series (issue 15): 新建一期 lists the
        // series and creating a draft reads its series (+1 each, and table `series` created once), and publication queues
        // one `issue-published` message (+1, and that queue created once); its step indexes and notifies outside these steps.
        ("printed: draft created, signed off, published", ["DashboardIssues", "DashboardIssue"], 59, 49),
        // 18 when run alone; 22 seen once in a fresh worker while the whole suite loaded the machine (cause not found yet).
        // The start step sends the batch itself (same calls); its queued message then reads the batch (+1), and re-queues
        // itself (+1) when it arrives while the start step still holds the batch's claim.
        ("distributed to 19 recipients", ["StartDistribution", "SendDistributionBatch"], 24, 18),
    ];

    [Fact]
    public async Task No_step_of_a_submissions_life_makes_more_storage_calls_than_its_budget()
    {
        var editor = await app.SignInAsync();
        var start = await app.StorageCallsAsync();
        var first = await LiveAsync(editor, "新安路街道“3个+”保障重点项目有序推进");
        var warm = await LiveAsync(editor, "区总工会点滴关爱助力疫情防控工作");

        var measured = Steps.Select(s => (s.Step, s.First, s.Warm,
            FirstCalls: s.Functions.Sum(f => Total(first, f) - Total(start, f)), WarmCalls: s.Functions.Sum(f => Total(warm, f) - Total(first, f)))).ToList();
        output.WriteLine("| step | first submission | budget | next submission | budget |");
        foreach (var m in measured)
            output.WriteLine($"| {m.Step} | {m.FirstCalls} | {m.First} | {m.WarmCalls} | {m.Warm} |");
        foreach (var (life, calls) in new[] { ("first", first), ("both", warm) })
            foreach (var (function, operations) in calls.Functions.OrderBy(f => f.Key))
                output.WriteLine($"{life} {function}: {string.Join(", ", operations.OrderBy(o => o.Key).Select(o => $"{o.Key} ×{o.Value}"))}");
        Assert.All(measured, m => Assert.True(m.WarmCalls > 0, $"{m.Step}: no storage calls counted; do its functions still have these names?"));
        Assert.All(measured, m => Assert.True(m.FirstCalls <= m.First, $"{m.Step}: {m.FirstCalls} storage calls in a fresh worker, budget {m.First}"));
        Assert.All(measured, m => Assert.True(m.WarmCalls <= m.Warm, $"{m.Step}: {m.WarmCalls} storage calls in a warm worker, budget {m.Warm}"));
        // Tables, queues and containers are created once per process: the second life creates none.
        Assert.All(Steps.SelectMany(s => s.Functions), f => Assert.Equal(Creations(first, f), Creations(warm, f)));
    }

    /// <summary>One submission from mail to distribution; returns the counts once every invocation it caused has finished.</summary>
    private async Task<StorageCalls> LiveAsync(string editor, string title)
    {
        var batchCalls = Total(await app.StorageCallsAsync(), "SendDistributionBatch");
        var submission = await app.SubmitByMailAsync(DashboardHost.Submitter, title, "近日，区新安路街道围绕“服务中铝、打造陆港”的工作思路，大力推行党建引领“3个+”服务。");
        var reviewMails = await app.ReviewMailsAsync(submission.RowKey);
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(ReviewHost.LinksOf(reviewMails[ReviewHost.Hao])["adopt"], "adopt")).StatusCode);
        await Eventually.GetAsync(() => app.NoticesAsync(submission.RowKey), n => n.Count > 0, because: "the submitter is told");
        var path = await app.CreateAndSignOffAsync(editor, [submission.RowKey]);
        var number = int.Parse(path[(path.LastIndexOf('/') + 1)..]);
        await app.Http.WaitForRecipientsAsync($"上街信息 {DistributionHost.ThisYear}年第{number}期", 19);
        // The batch's queued message comes after the mail (the start step sent it): counted in this life, not the next.
        return await Eventually.GetAsync(app.StorageCallsAsync, c => c.Running == 0 && Total(c, "SendDistributionBatch") > batchCalls,
            because: "every invocation has finished, the batch's queued message included");
    }

    private static int Creations(StorageCalls calls, string function) =>
        calls.Functions.TryGetValue(function, out var operations)
            ? operations.Where(o => o.Key is "table POST table" or "queue PUT queue" or "blob PUT container").Sum(o => o.Value) : 0;

    private static int Total(StorageCalls calls, string function) =>
        calls.Functions.TryGetValue(function, out var operations) ? operations.Values.Sum() : 0;
}
