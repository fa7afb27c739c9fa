using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bulletin.LocalHost.Demo;

/// <summary>Plays the seed issue (上街信息 2020年第20期) end to end as its people would, only through the app's public doors:
/// mail in, the links in mail out, and the editorial API. Each step prints one line starting <c>Demo:</c> with the page to
/// open; the last prints <c>Demo done:</c>.</summary>
public sealed class SeedDemo(HttpClient http, IReadOnlyDictionary<string, string> settings, TextWriter output)
{
    public const string XinanluTitle = "新安路街道“3个+”保障重点项目有序推进";
    public const string ZonggonghuiTitle = "区总工会点滴关爱助力疫情防控工作";
    public const string SeriesHeadline = "精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”";
    private const string Editor = "hao.jie@example.org";
    private const string Signer = "song.wenhua@example.org";
    private readonly AppDoors _doors = new(http, settings);
    private string Base => _doors.Base;

    /// <summary>The run command's <c>--demo</c>: plays the demo against the started host; a step that fails is printed and the
    /// host keeps running, so the pages named so far can still be opened.</summary>
    public static async Task PlayAsync(LocalFunctionsHost host, TextWriter output)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        try
        {
            await new SeedDemo(http, host.Settings, output).RunAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DemoFailedException or HttpRequestException or TaskCanceledException)
        {
            output.WriteLine($"Demo failed: {ex.Message}");
        }
    }

    /// <summary>Plays every step; throws <see cref="DemoFailedException"/> naming the step that did not happen.</summary>
    public async Task<DemoResult> RunAsync(CancellationToken cancellationToken)
    {
        var outbox = await DemoOutbox.OpenAsync(http, cancellationToken);
        await AppDoors.WaitForAsync(async () => (await _doors.ReadJsonAsync<JsonObject>(_doors.Operator(HttpMethod.Get, "/api/directory"), "the directory", cancellationToken))["version"] is { } ? "" : null,
            "the demo directory", cancellationToken);
        var run = Guid.NewGuid().ToString("N")[..8];

        await _doors.MailInAsync("陈静 <xinanlu.xinxi@example.org>", "【报送】新安路街道信息", $"{XinanluTitle}\n\n{Article("xinanlu")}", [], run + "-1", cancellationToken);
        Step($"陈静（新安路街道）mailed 《{XinanluTitle}》 in the mail body; her receipt is in {Base}/dev/outbox");
        var docx = DemoDocx.Of(ZonggonghuiTitle, [Article("zonggonghui")]);
        await _doors.MailInAsync("谢婷婷 <zgh.xinxi@example.org>", "【报送】区总工会信息", "郝老师好，区总工会本周信息见附件，请审阅。",
            [("区总工会信息.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)], run + "-2", cancellationToken);
        Step($"谢婷婷（区总工会）mailed 《{ZonggonghuiTitle}》 as a .docx; her receipt is in {Base}/dev/outbox");

        string[] ids = [await AdoptThroughMailedLinkAsync(outbox, XinanluTitle, cancellationToken), await AdoptThroughMailedLinkAsync(outbox, ZonggonghuiTitle, cancellationToken)];
        Step($"郝婕 adopted both ({ids[0]}, {ids[1]}) through the 采用 links in her mail; see {Base}/api/dashboard (sign in as {Editor})");

        var series = await ContinueNumberingAsync(cancellationToken);
        Step($"《上街信息》 continues at 2020年第20期（总第205期）: PUT {Base}/api/series/{series}");
        var issue = await CreateIssueAsync(series, ids, cancellationToken);
        var path = $"/api/issues/{series}/{issue.Year}/{issue.Number}";
        Step($"draft {issue.Year}年第{issue.Number}期（总第{issue.Total}期） made with the seed's series headline and 送/发 lines: {Base}{path}");

        await AppDoors.Expect(await http.SendAsync(_doors.Operator(HttpMethod.Post, path + "/preview"), cancellationToken), "the preview", cancellationToken);
        var previewMail = await AppDoors.WaitForAsync(async () => (await outbox.MailsToAsync(Signer, cancellationToken))
            .LastOrDefault(m => DemoOutbox.LinkOf(m, "/api/issues/sign-off?token=") is not null), "the 签发人's preview mail", cancellationToken);
        Step($"the preview was mailed to the editors and to 宋文华 with the 签发 link; see {Base}/dev/outbox");

        await _doors.FollowFormAsync(DemoOutbox.LinkOf(previewMail, "/api/issues/sign-off?token=")!, [], "宋文华's 签发", cancellationToken);
        Step($"宋文华 signed it off through the link in the preview mail; the documents are at {Base}{path}/pdf");

        var subject = $"{issue.Year}年第{issue.Number}期";
        var issueMail = await AppDoors.WaitForAsync(async () => (await outbox.MailsWithSubjectAsync(subject, cancellationToken))
            .FirstOrDefault(m => m["attachments"] is JsonArray { Count: > 0 } && !DemoOutbox.SubjectOf(m).Contains("预览", StringComparison.Ordinal)), "the issue mail", cancellationToken);
        var recipients = DemoOutbox.Recipients(issueMail).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        Step($"{recipients} people received 《上街信息》{subject} with its DOCX and PDF; see {Base}/dev/outbox");
        var delivered = await AppDoors.WaitForAsync(async () => await DeliveredAsync(path, recipients, cancellationToken), "the delivery report", cancellationToken);
        Step($"the delivery report shows {delivered}; see {Base}/api/dashboard/issues/{issue.Year}/{issue.Number}/delivery (送达情况)");
        output.WriteLine($"Demo done: 《上街信息》{subject} published and sent to {recipients} people; open {Base}/dev/outbox and {Base}{path}/pdf");
        return new DemoResult(series, issue.Year, issue.Number, recipients);
    }

    private static string Article(string unit)
    {
        using var stream = typeof(SeedDemo).Assembly.GetManifestResourceStream($"Bulletin.LocalHost.Demo.seed-article-{unit}.txt")!;
        return new StreamReader(stream, Encoding.UTF8).ReadToEnd().Trim();
    }

    private void Step(string line) => output.WriteLine("Demo: " + line);

    /// <summary>Adopts through the 采用 link of the editor's review mail; returns the submission's number from its subject.</summary>
    private async Task<string> AdoptThroughMailedLinkAsync(DemoOutbox outbox, string title, CancellationToken cancellationToken)
    {
        var mail = await AppDoors.WaitForAsync(async () => (await outbox.MailsToAsync(Editor, cancellationToken))
            .LastOrDefault(m => DemoOutbox.SubjectOf(m).Contains(title, StringComparison.Ordinal) && DemoOutbox.LinkOf(m, "choice=adopt") is not null),
            $"郝婕's review mail for 《{title}》", cancellationToken);
        await _doors.FollowFormAsync(DemoOutbox.LinkOf(mail, "choice=adopt")!, [new("choice", "adopt"), new("reason", "")], $"郝婕's 采用 of 《{title}》", cancellationToken);
        return DemoOutbox.SubmissionIdOf(mail) ?? throw new DemoFailedException($"The review mail for 《{title}》 names no submission number.");
    }

    /// <summary>The default series (the first GET /api/series lists), continued where the seed's office was.</summary>
    private async Task<string> ContinueNumberingAsync(CancellationToken cancellationToken)
    {
        var all = await _doors.ReadJsonAsync<JsonArray>(_doors.Operator(HttpMethod.Get, "/api/series"), "the series", cancellationToken);
        var series = all.FirstOrDefault()?["id"]?.ToString() ?? throw new DemoFailedException("GET /api/series lists no series.");
        var request = _doors.Operator(HttpMethod.Put, $"/api/series/{series}");
        // The seed's masthead prints no 总第 number; the running count is kept all the same.
        request.Content = JsonContent.Create(new { nextNumber = new { year = 2020, number = 20 }, nextTotal = 205, printsTotal = false });
        await AppDoors.Expect(await http.SendAsync(request, cancellationToken), "continuing the numbering at 第20期", cancellationToken);
        return series;
    }

    private async Task<IssueCreated> CreateIssueAsync(string series, string[] ids, CancellationToken cancellationToken)
    {
        var request = _doors.Operator(HttpMethod.Post, "/api/issues");
        request.Content = JsonContent.Create(new
        {
            series, date = "2020-03-08", articles = ids.Select(id => new { submissions = new[] { id } }),
            seriesHeadline = SeriesHeadline, seriesPart = 4, sentUpTo = "区县处级领导", issuedTo = "峡窝镇、各街道办事处、区直各单位负责同志",
            editors = new[] { "郝婕", "李德昭" }, editor = Editor,
        });
        var created = await _doors.ReadJsonAsync<JsonObject>(request, "the draft", cancellationToken);
        return new IssueCreated((int)created["year"]!, (int)created["number"]!, (int?)created["total"]);
    }

    /// <summary>"N delivered" once the stand-in's events reached the report for every recipient, else null.</summary>
    private async Task<string?> DeliveredAsync(string path, int recipients, CancellationToken cancellationToken)
    {
        var issue = await _doors.ReadJsonAsync<JsonObject>(_doors.Operator(HttpMethod.Get, path), "the issue", cancellationToken);
        if (issue["delivery"] is not JsonObject delivery)
            return null;
        var counts = delivery.Where(p => p.Key != "recipients" && (int)p.Value! > 0).ToDictionary(p => p.Key, p => (int)p.Value!);
        var settled = counts.Where(c => c.Key is "delivered" or "bounced" or "dropped").Sum(c => c.Value);
        return settled >= recipients ? string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}")) : null;
    }

    private sealed record IssueCreated(int Year, int Number, int? Total);
}

/// <summary>What the demo made: the issue and how many people it reached.</summary>
public sealed record DemoResult(string Series, int Year, int Number, int Recipients);

/// <summary>A demo step that did not happen, with what the app answered.</summary>
public sealed class DemoFailedException(string message) : Exception(message);
