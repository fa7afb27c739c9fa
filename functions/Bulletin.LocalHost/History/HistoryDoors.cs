using System.Diagnostics;
using System.Text.Json.Nodes;
using Bulletin.LocalHost.Demo;

namespace Bulletin.LocalHost.History;

/// <summary>The parts of the history that go through the app's doors: the series and the directory by the operator API,
/// upper-level records by the API (each mailed as the app does), and today's work — articles mailed in through SendGrid's
/// inbound post, decided by the API, printed in an issue that is previewed, signed off by the link in the 签发人's mail and
/// sent to its recipients, whose delivery events the stand-in posts back.</summary>
public sealed class HistoryDoors(AppDoors doors, TextWriter output)
{
    public static readonly (string Id, string Name, string Kind)[] ExtraSeries = [("zhuanbao", "上街信息专报", "专报"), ("zengkan", "上街信息增刊", "增刊")];

    public async Task<IReadOnlyDictionary<string, HistorySeries>> MakeSeriesAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, name, kind) in ExtraSeries)
            await doors.SendAsync(doors.Operator(HttpMethod.Put, $"/api/series/{id}", new { name, kind, printsTotal = kind != "增刊" }), $"the series {id}", cancellationToken);
        var all = await doors.ReadJsonAsync<JsonArray>(doors.Operator(HttpMethod.Get, "/api/series"), "the series", cancellationToken);
        return all.Select(s => new HistorySeries(s!["id"]!.ToString(), s["kind"]?.ToString() ?? "正刊", s["masthead"]?.ToString() ?? s["name"]!.ToString(),
            s["office"]!.ToString(), (bool?)s["printsTotal"] ?? true, s["sentUpTo"]?.ToString() ?? "区县处级领导",
            s["issuedTo"]?.ToString() ?? "峡窝镇、各街道办事处、区直各单位负责同志")).ToDictionary(s => s.Id);
    }

    public async Task<int> ImportDirectoryAsync(HistoryDirectory directory, CancellationToken cancellationToken)
    {
        var request = doors.Operator(HttpMethod.Post, "/api/directory/import?fileName=shangjie-history.csv");
        request.Content = new StringContent(directory.Csv, System.Text.Encoding.UTF8, "text/csv");
        var result = await doors.ReadJsonAsync<JsonObject>(request, "the directory import", cancellationToken);
        return (int)result["people"]!;
    }

    /// <summary>Records each planned adoption or 批示 through <c>POST /api/submissions/{id}/adoptions|instructions</c>.</summary>
    public async Task RecordUpperLevelsAsync(IReadOnlyList<PlannedUpperRecord> records, CancellationToken cancellationToken)
    {
        var done = 0;
        await Parallel.ForEachAsync(records, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (r, ct) =>
        {
            var date = r.Date.ToString("yyyy-MM-dd");
            var request = r.Instruction
                ? doors.Operator(HttpMethod.Post, $"/api/submissions/{r.Submission.Id}/instructions", new { leader = r.Source, level = r.Level, date, text = r.Text })
                : doors.Operator(HttpMethod.Post, $"/api/submissions/{r.Submission.Id}/adoptions", new { publication = r.Source, level = r.Level, issue = $"{r.Date.Year}年第{r.Date.Month * 3}期", date });
            await doors.SendAsync(request, $"the upper-level record on {r.Submission.Id}", ct);
            if (Interlocked.Increment(ref done) % 100 == 0)
                output.WriteLine($"History: {done} of {records.Count} upper-level records made through the API");
        });
    }

    /// <summary>Today's articles mailed in, waited for until registered, decided through the API; returns the adopted ids.</summary>
    public async Task<IReadOnlyList<string>> MailInTodayAsync(IReadOnlyList<PlannedSubmission> today, string run, CancellationToken cancellationToken)
    {
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var before = await ListAsync($"/api/submissions?from={from}", cancellationToken);
        for (var i = 0; i < today.Count; i++)
        {
            var s = today[i];
            await doors.MailInAsync($"{s.Unit.SubmitterName} <{s.Unit.SubmitterEmail}>", $"【报送】{s.Unit.Name}信息", $"{s.Title}\n\n{string.Join("\n", s.Paragraphs)}", [], $"{run}-{i}", cancellationToken);
        }
        var registered = await AppDoors.WaitForAsync(async () => await ListAsync($"/api/submissions?from={from}", cancellationToken) is { } all
            && all.Count >= before.Count + today.Count ? all : null, $"the {today.Count} mailed articles registered", cancellationToken);
        var ids = registered.Select(s => s!["id"]!.ToString()).Except(before.Select(s => s!["id"]!.ToString())).ToList();
        var adopted = new List<string>();
        for (var i = 0; i < ids.Count; i++)
        {
            var choice = i % 4 == 3 ? "reject" : "adopt";
            await doors.SendAsync(doors.Operator(HttpMethod.Post, $"/api/submissions/{ids[i]}/decision",
                new { editor = HistoryPlan.Editors[i % 2], choice, reason = choice == "reject" ? "与近期已编发信息重复。" : null }), $"the decision on {ids[i]}", cancellationToken);
            if (choice == "adopt")
                adopted.Add(ids[i]);
        }
        return adopted;
    }

    /// <summary>Today's issue of the main series: made by the API, previewed, signed off by the link in the 签发人's mail;
    /// returns the issue's path, how many people it reached, and the time from the 签发 POST to the last mail accepted.</summary>
    public async Task<(string Path, int Recipients, TimeSpan SignOffToLastMail)> PublishTodayAsync(IReadOnlyList<string> adopted, CancellationToken cancellationToken)
    {
        var outbox = await DemoOutbox.OpenAsync(doors.Http, cancellationToken);
        var date = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var created = await doors.ReadJsonAsync<JsonObject>(doors.Operator(HttpMethod.Post, "/api/issues", new
        {
            series = "main", date, articles = adopted.Select(id => new { submissions = new[] { id } }), editors = new[] { "郝婕", "李德昭" }, editor = HistoryPlan.Editors[0],
        }), "today's issue", cancellationToken);
        var path = $"/api/issues/main/{created["year"]}/{created["number"]}";
        await doors.SendAsync(doors.Operator(HttpMethod.Post, path + "/preview"), "the preview", cancellationToken);
        var subject = $"{created["year"]}年第{created["number"]}期";
        var preview = await AppDoors.WaitForAsync(async () => (await outbox.MailsToAsync("song.wenhua@example.org", cancellationToken))
            .LastOrDefault(m => DemoOutbox.SubjectOf(m).Contains(subject, StringComparison.Ordinal) && DemoOutbox.LinkOf(m, "/api/issues/sign-off?token=") is not null),
            "the 签发人's preview mail", cancellationToken);
        var link = DemoOutbox.LinkOf(preview, "/api/issues/sign-off?token=")!;
        var plan = await doors.ReadJsonAsync<JsonObject>(doors.Operator(HttpMethod.Get, path), "the issue", cancellationToken);
        var signedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await doors.FollowFormAsync(link, [], "the 签发", cancellationToken);
        output.WriteLine($"History: 签发 of {subject} answered in {clock.ElapsedMilliseconds} ms");
        var mails = await AppDoors.WaitForAsync(async () => await IssueMailsAsync(outbox, subject, path, cancellationToken), "the issue's mails to every recipient", cancellationToken);
        var recipients = mails.SelectMany(m => DemoOutbox.Recipients(m.Request)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return (path, recipients, mails.Max(m => m.AcceptedAt) - signedAt);
    }

    /// <summary>The issue's mails once the issue's delivery report counts as many recipients as the mails reached.</summary>
    private async Task<List<(JsonNode Request, DateTimeOffset AcceptedAt)>?> IssueMailsAsync(DemoOutbox outbox, string subject, string path, CancellationToken cancellationToken)
    {
        var issue = await doors.ReadJsonAsync<JsonObject>(doors.Operator(HttpMethod.Get, path), "the issue", cancellationToken);
        if (issue["delivery"]?["recipients"] is not { } planned || (int)planned == 0)
            return null;
        var mails = (await outbox.AcceptedWithSubjectAsync(subject, cancellationToken))
            .Where(m => m.Request["attachments"] is JsonArray { Count: > 0 } && !DemoOutbox.SubjectOf(m.Request).Contains("预览", StringComparison.Ordinal)).ToList();
        return mails.SelectMany(m => DemoOutbox.Recipients(m.Request)).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= (int)planned && mails.Count > 0 ? mails : null;
    }

    private async Task<JsonArray> ListAsync(string path, CancellationToken cancellationToken) =>
        await doors.ReadJsonAsync<JsonArray>(doors.Operator(HttpMethod.Get, path), "the submissions", cancellationToken);
}
