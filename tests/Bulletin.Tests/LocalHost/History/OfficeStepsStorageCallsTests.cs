using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.LocalHost.Demo;
using Bulletin.LocalHost.History;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Storage;
using Xunit.Abstractions;

namespace Bulletin.Tests.LocalHost.History;

/// <summary>What an office pays per step over a history (warm worker, tables full): one mail in to its receipt, one decision
/// through the API, one statistics page of a year, one issue made, previewed, signed off and sent to about 500 people.
/// Each step has a committed budget of storage requests (README, "What it costs"); the test fails when a step grows.</summary>
[Collection(nameof(HistoryHostCollection))]
public sealed class OfficeStepsStorageCallsTests(HistoryHostFixture app, ITestOutputHelper output)
{
    /// <summary>The step, the functions counted (null: every function but the delivery events and the issue reads the test
    /// polls with), the budget.</summary>
    private static readonly (string Step, string[]? Functions, int Budget)[] Budgets =
    [
        // Registering and deciding each read the unit's row of the month's list index, written with the submission (+1 each).
        ("one mail in to receipt", ["ReceiveInboundMail", "ProcessInboundMail"], 13),
        ("one decision through the API, submitter told", ["DecideSubmission", "NotifySubmitter"], 10),
        ("one statistics page (a year)", ["StatisticsApi"], 13),
        ("one issue made, previewed, signed off, sent to ~500", null, 105),
    ];

    [Fact]
    public async Task No_step_of_an_offices_work_over_its_history_makes_more_storage_calls_than_its_budget()
    {
        var doors = new AppDoors(app.Http, app.Host.Settings);
        var through = new HistoryDoors(doors, TextWriter.Null);
        var measured = new List<(string Step, int Calls, int Budget, string Detail)>();
        var random = new Random(1);
        var unit = new HistoryUnit("区总工会", "区直单位", "zgh.xinxi@example.org", "谢婷婷");
        var article = PlannedSubmission.Random(random, unit, DateTimeOffset.UtcNow, 1);
        string id = "";

        await MeasureAsync(0, async () =>
        {
            var before = await TodayAsync();
            var mailed = (await app.Http.MailsToAsync(unit.SubmitterEmail)).Count;
            await doors.MailInAsync("谢婷婷 <zgh.xinxi@example.org>", "【报送】区总工会信息", $"{article.Title}\n\n{string.Join("\n", article.Paragraphs)}", [], "calls-1", CancellationToken.None);
            id = (await Eventually.GetAsync(TodayAsync, all => all.Count > before.Count, because: "the mail is registered")).Except(before).Single();
            await Eventually.GetAsync(() => app.Http.MailsToAsync(unit.SubmitterEmail), mails => mails.Count > mailed, because: "the receipt is sent");
        });
        await MeasureAsync(1, async () =>
        {
            var mailed = (await app.Http.MailsToAsync(unit.SubmitterEmail)).Count;
            var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{id}/decision",
                JsonContent.Create(new { editor = HistoryPlan.Editors[0], choice = "adopt" }));
            response.EnsureSuccessStatusCode();
            await Eventually.GetAsync(() => app.Http.MailsToAsync(unit.SubmitterEmail), mails => mails.Count > mailed, because: "the submitter is told");
        });
        await MeasureAsync(2, async () =>
            (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/statistics?period={DateTime.UtcNow.Year - 1}")).EnsureSuccessStatusCode());
        var recipients = 0;
        await MeasureAsync(3, async () => recipients = (await through.PublishTodayAsync([id], CancellationToken.None)).Recipients);

        output.WriteLine($"| step | storage calls | budget |\n|---|---:|---:|");
        foreach (var m in measured)
            output.WriteLine($"| {m.Step} | {m.Calls} | {m.Budget} |\n  {m.Detail}");
        Assert.InRange(recipients, 480, 560);
        Assert.All(measured, m => Assert.True(m.Calls > 0, $"{m.Step}: no storage calls counted; do its functions still have these names?"));
        Assert.All(measured, m => Assert.True(m.Calls <= m.Budget, $"{m.Step}: {m.Calls} storage calls, budget {m.Budget}"));

        async Task MeasureAsync(int step, Func<Task> act)
        {
            var before = await Settled();
            await act();
            var after = await Settled();
            var (name, functions, budget) = Budgets[step];
            var counted = after.Functions.Keys.Where(f => functions?.Contains(f) ?? f is not ("ReceiveSendGridEvents" or "GetIssue"))
                .Select(f => (Function: f, Calls: Total(after, f) - Total(before, f))).Where(f => f.Calls > 0).ToList();
            measured.Add((name, counted.Sum(f => f.Calls), budget, string.Join(", ", counted.Select(f => $"{f.Function} {f.Calls}"))));
        }
    }

    private Task<StorageCalls> Settled() => Eventually.GetAsync(app.Http.StorageCallsAsync, c => c.Running == 0, because: "every invocation has finished");

    private async Task<List<string>> TodayAsync()
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/submissions?from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}");
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(s => s!["id"]!.ToString()).ToList();
    }

    private static int Total(StorageCalls calls, string function) =>
        calls.Functions.TryGetValue(function, out var operations) ? operations.Values.Sum() : 0;
}
