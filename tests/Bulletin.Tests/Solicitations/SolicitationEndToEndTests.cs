using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Solicitations;

/// <summary>A solicitation through the local host: created on the dashboard after its units are shown, mailed to each
/// unit's 负责同志 with a working link, answered by upload through that link and by mail with 【约稿N】 in the subject,
/// and the reminder timer run twice through the admin API reminding the others once.</summary>
[Collection(nameof(DashboardCollection))]
public sealed partial class SolicitationEndToEndTests(DashboardHostFixture app)
{
    private static readonly string[] Addressed = ["jiyuanlu", "zhongxinlu", "xinanlu", "gongyelu", "kuangshan", "zgh"];

    [Fact]
    public async Task A_solicitation_is_checked_sent_answered_by_upload_and_by_mail_and_reminded_once()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var topic = "冬季安全生产 " + Guid.NewGuid().ToString("N")[..6];
        var deadline = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ChinaTime.Zone).AddDays(1).ToString("yyyy-MM-dd'T'HH:mm");
        var page = await (await http.GetAsync("/api/dashboard/solicitations", cookie)).Content.ReadAsStringAsync();
        Dictionary<string, string> Form(string step, string units, string creation = "") => new()
        {
            ["proof"] = DashboardHost.ProofOf(page), ["step"] = step, ["topic"] = topic, ["units"] = units, ["deadline"] = deadline,
            ["text"] = "请报送本单位冬季安全生产工作的做法和成效，800字以内。", ["creation"] = creation,
        };

        var refused = await http.PostAsync("/api/dashboard/solicitations", cookie, Form("send", "各街道办事处、区县处级领导、区总公会"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = await refused.Content.ReadAsStringAsync();
        Assert.Contains("「区县处级领导」是人员分组", problems);
        Assert.Contains("「区总公会」在通讯录中找不到", problems);
        Assert.DoesNotContain("id=\"send\"", problems);

        var checkedPage = await http.PostAsync("/api/dashboard/solicitations", cookie, Form("check", "各街道办事处、区总工会"));
        var shown = await checkedPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
        Assert.Contains("<span id=\"unit-count\">6</span>", shown);
        Assert.Contains("<td>区总工会</td><td>韩卫东</td>", shown);
        Assert.Contains("id=\"send\"", shown);

        var created = await http.PostAsync("/api/dashboard/solicitations", cookie, Form("send", "各街道办事处、区总工会", CreationKeyIn(shown)));
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var detailPath = created.Headers.Location!.OriginalString;
        var number = int.Parse(detailPath[(detailPath.LastIndexOf('/') + 1)..]);

        var notices = await Eventually.GetAsync(() => MailsAsync($"【约稿{number}】{topic}"), m => m.Count >= 6, because: "every addressed unit's 负责同志 is mailed");
        Assert.Equal(Addressed.Select(a => $"{a}.fuze@example.org").Order(), notices.Select(m => m.To).Order());

        // A send without the key a clean check gives the form (a stale form) creates nothing and says what to do.
        var stale = await http.PostAsync("/api/dashboard/solicitations", cookie, Form("send", "各街道办事处、区总工会"));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        Assert.Contains("请先点“检查约稿对象”", await stale.Content.ReadAsStringAsync());

        // 新安路街道 answers through the link in its mail: the page has the solicitation chosen.
        var link = LinkIn(notices.Single(m => m.To == "xinanlu.fuze@example.org").Text);
        var form = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        Assert.Contains($"<option value=\"{number}\" selected>【约稿{number}】{topic}", form);
        var uploaded = await app.Http.PostAsync(new Uri(link).PathAndQuery, new MultipartFormDataContent
        {
            { new StringContent("xinanlu.xinxi@example.org"), "submitter" }, { new StringContent(number.ToString()), "solicitation" },
            { new StringContent("新安路街道冬季安全生产扎实推进"), "title" },
            { new StringContent("新安路街道开展冬季安全生产大检查，排查整改隐患二十余处，确保辖区安全稳定。"), "text" },
        });
        Assert.Contains($"本稿已作为约稿{number}的报送登记", await uploaded.Content.ReadAsStringAsync());

        // 区总工会 answers by mail, keeping the code in the subject.
        var mail = SendGridPayloadBuilder.Parsed("zgh.xinxi@example.org", $"【约稿{number}】区总工会冬季安全生产工作",
            "区总工会冬季安全生产工作\n\n区总工会组织开展冬季安全生产劳动竞赛，覆盖企业三十余家，职工参与踊跃。",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", "zgh.xinxi@example.org"));
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        await Eventually.GetAsync(() => DetailAsync(http, cookie, detailPath), d => d.Contains("data-unit=\"区总工会\" data-status=\"OnTime\""),
            because: "the mail is registered as 区总工会's answer");

        var detail = await DetailAsync(http, cookie, detailPath);
        Assert.Contains("data-unit=\"新安路街道\" data-status=\"OnTime\"", detail);
        Assert.Equal(4, Regex.Count(detail, "data-status=\"Waiting\""));
        Assert.Equal(number, (await app.SubmissionsAsync("zgh.xinxi@example.org")).Single(s => s.GetString("Title") == "区总工会冬季安全生产工作").GetInt32("SolicitationNumber"));

        // The deadline is tomorrow: the timer reminds the four others, and a second run reminds nobody again.
        var firstRun = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/RemindSolicitedUnits", new StringContent("{}"))).StatusCode);
        await Eventually.GetAsync(() => DetailAsync(http, cookie, detailPath), d => Regex.Count(d, "已提醒") == 4, because: "the four units are reminded");
        // The first run is over before the second starts (a run still going would note its earlier start last).
        await Eventually.GetAsync(LastRunAsync, last => last >= firstRun, because: "the first run is done");
        var secondRun = DateTimeOffset.UtcNow;
        Assert.Equal(HttpStatusCode.Accepted, (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/admin/functions/RemindSolicitedUnits", new StringContent("{}"))).StatusCode);
        await Eventually.GetAsync(LastRunAsync, last => last >= secondRun, because: "the second run is done");
        var reminders = await MailsAsync($"【约稿提醒】【约稿{number}】");
        Assert.Equal(["gongyelu.fuze@example.org", "jiyuanlu.fuze@example.org", "kuangshan.fuze@example.org", "zhongxinlu.fuze@example.org"],
            reminders.Select(m => m.To).Order());
    }

    [Fact]
    public async Task Sending_one_checked_form_twice_at_once_creates_one_solicitation_and_mails_each_unit_once()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var topic = "防汛备汛 " + Guid.NewGuid().ToString("N")[..6];
        var page = await (await http.GetAsync("/api/dashboard/solicitations", cookie)).Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>
        {
            ["proof"] = DashboardHost.ProofOf(page), ["step"] = "check", ["topic"] = topic, ["units"] = "各街道办事处、区总工会",
            ["deadline"] = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, ChinaTime.Zone).AddDays(5).ToString("yyyy-MM-dd'T'18:00"),
            ["text"] = "请报送本单位防汛备汛工作的做法，600字以内。",
        };
        var checkedPage = await (await http.PostAsync("/api/dashboard/solicitations", cookie, form)).Content.ReadAsStringAsync();
        form["step"] = "send";
        form["creation"] = CreationKeyIn(checkedPage);

        // A double click: the same form posted twice at once, then once more later (the browser re-posting it).
        var sent = await Task.WhenAll(http.PostAsync("/api/dashboard/solicitations", cookie, form), http.PostAsync("/api/dashboard/solicitations", cookie, form));
        var reposted = await http.PostAsync("/api/dashboard/solicitations", cookie, form);

        Assert.All(sent.Append(reposted), r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Single(sent.Append(reposted).Select(r => r.Headers.Location!.OriginalString).Distinct());
        var list = await (await http.GetAsync("/api/dashboard/solicitations", cookie)).Content.ReadAsStringAsync();
        Assert.Equal(1, Regex.Count(list, Regex.Escape(topic)));
        var number = int.Parse(sent[0].Headers.Location!.OriginalString.Split('/')[^1]);
        await Eventually.GetAsync(() => MailsAsync($"【约稿{number}】{topic}"), m => m.Count >= 6, because: "every addressed unit's 负责同志 is mailed");
        await Eventually.GetAsync(async () => (await app.Tables.GetTableClient("solicitations")
            .GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("solicitation", number.ToString("D6"))).Value?.GetDateTimeOffset("NoticesSentAt"),
            at => at is not null, because: "the notices step is done");
        Assert.Equal(Addressed.Select(a => $"{a}.fuze@example.org").Order(), (await MailsAsync($"【约稿{number}】{topic}")).Select(m => m.To).Order());
    }

    private static string CreationKeyIn(string page) => CreationKey().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("The checked form has no creation key.");

    [GeneratedRegex("name=\"creation\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex CreationKey();

    /// <summary>When the reminder timer last ran, as it notes in table solicitationmails.</summary>
    private async Task<DateTimeOffset?> LastRunAsync()
    {
        var table = app.Tables.GetTableClient("solicitationmails");
        await table.CreateIfNotExistsAsync();
        var run = await table.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("~run", "last");
        return run.HasValue ? run.Value!.GetDateTimeOffset("LastRunAt") : null;
    }

    private static async Task<string> DetailAsync(HttpClient http, string cookie, string path) => await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();

    private async Task<List<(string To, string Text)>> MailsAsync(string subjectStart) =>
        (await Task.WhenAll(Addressed.Select(async a => (await app.Http.MailsToAsync($"{a}.fuze@example.org"))
            .Where(m => Outbox.SubjectOf(m).StartsWith(subjectStart, StringComparison.Ordinal)).Select(m => ($"{a}.fuze@example.org", Outbox.TextOf(m))))))
        .SelectMany(m => m).ToList();

    /// <summary>The submission link in a mail's text, as a URL on the local host.</summary>
    private string LinkIn(string text) => new Uri(app.Host.BaseAddress, new Uri(SubmitLink().Match(text).Value).PathAndQuery).ToString();

    [GeneratedRegex(@"http\S+/api/submit\?token=\S+&solicitation=\d+")]
    private static partial Regex SubmitLink();
}
