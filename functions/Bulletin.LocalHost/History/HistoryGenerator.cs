using System.Diagnostics;
using System.Text.Json.Nodes;
using Bulletin.Intake;
using Bulletin.LocalHost.Demo;

namespace Bulletin.LocalHost.History;

/// <summary>Fills a running local host with <see cref="HistoryOptions.Years"/> years of 上街区's work (see README, "Five years of
/// history"): the plan from the seed, the dated part through the stores, the rest and today's work through the doors.</summary>
public sealed class HistoryGenerator(HttpClient http, IReadOnlyDictionary<string, string> settings, TextWriter output)
{
    public async Task<HistoryReport> RunAsync(HistoryOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var doors = new AppDoors(http, settings);
        var connection = await doors.ReadJsonAsync<JsonObject>(doors.Operator(HttpMethod.Get, "/admin/storage"), "the host's storage", cancellationToken);
        var store = new HistoryStorageWriter(connection["connectionString"]!.ToString(), output);
        var through = new HistoryDoors(doors, output);

        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var firstMonth = new DateOnly(now.Year, now.Month, 1).AddYears(-options.Years);
        var directory = HistoryDirectory.Build(Math.Max(200, (int)(5000 * options.Scale)));
        var plan = HistoryPlan.Make(directory, firstMonth, options.Years, options.Scale, options.Seed);
        output.WriteLine($"History: from {firstMonth:yyyy-MM} for {options.Years} years, seed {options.Seed}, scale {options.Scale}: {plan.Submissions.Count} submissions, " +
            $"{plan.Issues.Count} issues, {plan.Solicitations.Count} 约稿, {plan.UpperRecords.Count} upper-level records planned");

        var people = await through.ImportDirectoryAsync(directory, cancellationToken);
        output.WriteLine($"History: directory imported through the API: {directory.Units.Count} units, {people} people ({clock.Elapsed.TotalSeconds:0} s)");
        var series = await through.MakeSeriesAsync(cancellationToken);
        await store.WriteSolicitationsAsync(plan.Solicitations, cancellationToken);
        output.WriteLine($"History: {plan.Solicitations.Count} 约稿 written ({clock.Elapsed.TotalSeconds:0} s)");
        var submissions = await store.WriteSubmissionsAsync(plan.Submissions, cancellationToken);
        output.WriteLine($"History: {submissions.Count} submissions and their decisions written ({clock.Elapsed.TotalSeconds:0} s)");
        var issues = await store.WriteIssuesAsync(plan.Issues, series, submissions, cancellationToken);
        output.WriteLine($"History: {issues.Count} issues published ({clock.Elapsed.TotalSeconds:0} s)");
        // Each record made through the API mails the unit and the editors (and the stand-in posts their events): the latest
        // few go through it, the years before through the store.
        var throughApi = Math.Clamp(plan.UpperRecords.Count / 20, 1, 20);
        var latest = plan.UpperRecords.OrderBy(r => r.Date).TakeLast(throughApi).ToList();
        await store.WriteUpperLevelsAsync(plan.UpperRecords.Except(latest).ToList(), cancellationToken);
        await through.RecordUpperLevelsAsync(latest, cancellationToken);
        output.WriteLine($"History: {plan.UpperRecords.Count} upper-level records, the latest {latest.Count} through the API ({clock.Elapsed.TotalSeconds:0} s)");

        var random = new Random(options.Seed + 1);
        var today = Enumerable.Range(0, Math.Max(4, (int)Math.Round(plan.Submissions.Count * 0.01)))
            .Select(_ => PlannedSubmission.Random(random, directory.Units[random.Next(directory.Units.Count)], now, options.Seed)).ToList();
        var adopted = await through.MailInTodayAsync(today, $"history-{options.Seed}-{now:yyyyMMddHHmmss}", cancellationToken);
        output.WriteLine($"History: {today.Count} articles mailed in today through the inbound post, {adopted.Count} adopted through the API ({clock.Elapsed.TotalSeconds:0} s)");
        var (path, recipients, signOffToLastMail) = await through.PublishTodayAsync(adopted.Take(8).ToList(), cancellationToken);
        output.WriteLine($"History: today's issue {path} signed off by link and sent to {recipients} people; last mail accepted {signOffToLastMail.TotalSeconds:0.00} s after the 签发");

        var report = new HistoryReport(directory.Units.Count, people, submissions.Count + today.Count,
            submissions.Values.Count(s => s.Decision is not null) + today.Count, plan.Solicitations.Count,
            issues.GroupBy(i => i.SeriesId).ToDictionary(g => g.Key, g => g.Count() + (g.Key == "main" ? 1 : 0)),
            plan.UpperRecords.Count(r => !r.Instruction), plan.UpperRecords.Count(r => r.Instruction), recipients, signOffToLastMail, clock.Elapsed);
        output.WriteLine($"History done: {report}");
        return report;
    }
}

/// <summary>What was generated, as the test and the benchmarks read it back through the API.</summary>
public sealed record HistoryReport(int Units, int People, int Submissions, int Decisions, int Solicitations, IReadOnlyDictionary<string, int> IssuesBySeries,
    int UpperAdoptions, int Instructions, int TodayRecipients, TimeSpan SignOffToLastMail, TimeSpan Took)
{
    public override string ToString() =>
        $"{Units} units, {People} people, {Submissions} submissions, {Decisions} decisions, {Solicitations} 约稿, " +
        $"issues {string.Join(", ", IssuesBySeries.Select(p => $"{p.Key} {p.Value}"))}, {UpperAdoptions} upper adoptions, {Instructions} 批示; " +
        $"today's issue to {TodayRecipients} people, 签发 to last mail {SignOffToLastMail.TotalSeconds:0.00} s; took {Took.TotalMinutes:0.0} min";
}
