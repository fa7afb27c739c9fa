using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Workflow;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Bulletin.Tests.Issues.Publications;

/// <summary>A series other than the default one goes the whole way: preview to its own 签发人, 签发 through the link in that
/// mail, publication, distribution under its own subject, its documents and the recipients' archive.</summary>
[Collection(nameof(SeriesHostCollection))]
public sealed partial class SeriesOperationsTests(SeriesHostFixture app)
{
    private const string SeriesSigner = "li.dezhao@example.org";
    private const string Recipient = "xiawo.fuze@example.org";

    [Fact]
    public async Task A_special_report_series_first_issue_is_previewed_signed_by_its_own_signer_published_mailed_and_served_as_pdf()
    {
        var http = app.Http;
        Assert.Equal(HttpStatusCode.Created, (await http.PutSeriesAsync("xinxizhuanbao", new { name = "信息专报", kind = "专报", signers = new[] { SeriesSigner } })).StatusCode);
        var cookie = await app.SignInAsync();
        using var browser = app.Client();
        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道建立重点企业服务专班", "新安路街道为辖区二十家重点企业各配一名服务专员，收集并协调解决用工、融资等问题三十余个。");
        var created = await http.CreateIssueAsync(new { series = "xinxizhuanbao", date = "2020-04-02", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { id } } } });
        Assert.Equal((2020, 1), (created["year"]!.GetValue<int>(), created["number"]!.GetValue<int>()));

        var preview = await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues/xinxizhuanbao/2020/1/preview");

        Assert.Equal(HttpStatusCode.Accepted, preview.StatusCode);
        Assert.Equal(SeriesSigner, JsonNode.Parse(await preview.Content.ReadAsStringAsync())!["signer"]!.ToString());
        const string previewSubject = "【请签发】《信息专报》2020年第1期";
        var signerMail = Assert.Single(await Eventually.GetAsync(() => http.MailsToAsync(SeriesSigner), m => m.Any(n => Outbox.SubjectOf(n) == previewSubject),
            because: "the series' own 签发人 gets the preview with the link"), m => Outbox.SubjectOf(m) == previewSubject);
        Assert.DoesNotContain(await http.MailsToAsync(DashboardHost.Signer), m => Outbox.SubjectOf(m) == previewSubject);
        var link = SignOffLink().Match(Outbox.TextOf(signerMail)).Value;
        var signOffPage = await (await http.GetAsync(Local(link))).Content.ReadAsStringAsync();
        Assert.Contains(">签发</button>", signOffPage);

        var signed = await http.PostAsync(Local(link), new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(signOffPage) }));

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("已签发并发布", await signed.Content.ReadAsStringAsync());
        Assert.Equal("published", JsonNode.Parse(await http.GetAsOperatorAsync("/api/issues/xinxizhuanbao/2020/1"))!["state"]!.ToString());
        // Statistics of this series alone count the article printed in it.
        var year = DateTime.UtcNow.Year;
        var statistics = JsonNode.Parse(await http.GetAsOperatorAsync($"/api/statistics?series=xinxizhuanbao&from={year}-01-01"))!.AsArray();
        Assert.Equal(1, statistics.Single(r => r!["unit"]!.ToString() == "新安路街道")!["published"]!.GetValue<int>());
        Assert.Equal(1, statistics.Sum(r => r!["published"]!.GetValue<int>()));
        var page = await (await browser.GetAsync($"/api/dashboard/statistics?period={year}&series=xinxizhuanbao", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"xinxizhuanbao\" selected>信息专报</option>", page);
        Assert.Contains("series=xinxizhuanbao", page[page.IndexOf("/api/dashboard/statistics/export", StringComparison.Ordinal)..]);
        var pdf = await http.SendAsOperatorAsync(HttpMethod.Get, "/api/issues/xinxizhuanbao/2020/1/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
            Assert.Contains("新安路街道建立重点企业服务专班", string.Concat(document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))).Replace(" ", ""));
        Assert.Contains("xinxizhuanbao/2020/001/", Assert.Single(await BlobNamesAsync(), n => n.EndsWith(".pdf") && n.Contains("信息专报")));

        var mail = Assert.Single(await Eventually.GetAsync(() => http.MailsToAsync(Recipient), m => m.Any(n => Outbox.SubjectOf(n) == "信息专报 2020年第1期"),
            because: "the issue is mailed to its 送/发 lines under the series' name"), m => Outbox.SubjectOf(m) == "信息专报 2020年第1期");
        var archive = Local(ArchiveLink().Match(Outbox.TextOf(mail)).Value);
        var listing = await (await http.GetAsync(archive)).Content.ReadAsStringAsync();
        Assert.Contains("data-issue=\"2020/1\" data-series=\"xinxizhuanbao\"", listing);
        var download = WebUtility.HtmlDecode(Regex.Match(listing, "href=\"(/api/archive/2020/1/pdf[^\"]*series=xinxizhuanbao)\"").Groups[1].Value);
        var archived = await http.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.Equal(await pdf.Content.ReadAsByteArrayAsync(), await archived.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_draft_of_another_series_dated_into_the_next_year_on_the_dashboard_is_renumbered_there_and_its_old_number_stays_used()
    {
        var http = app.Http;
        await http.PutSeriesAsync("nianjie", new { name = "年节快讯", kind = "专报" });
        var cookie = await app.SignInAsync();
        var id = await app.AdoptAsync(cookie, "zgh.xinxi@example.org", "区总工会开展新春慰问", "区总工会走访慰问困难职工一百二十户，送去慰问金和年货，帮助解决实际困难。");
        var created = await http.CreateIssueAsync(new { series = "nianjie", date = "2021-12-30", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { id } } } });
        Assert.Equal((2021, 1), (created["year"]!.GetValue<int>(), created["number"]!.GetValue<int>()));
        var total = created["total"]!.GetValue<int>();
        using var browser = app.Client();
        const string path = "/api/dashboard/issues/2021/1?series=nianjie";
        var form = await (await browser.GetAsync(path.Replace("?", "/edit?"), cookie)).Content.ReadAsStringAsync();
        Assert.Contains("action=\"/api/dashboard/issues/2021/1/edit?series=nianjie\"", form);

        var saved = await browser.PostFormAsync(path.Replace("?", "/edit?"), cookie, IssueEditingTests.EditFields(form, [id], date: "2022-01-03"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("年节快讯 2022年第1期", await saved.Content.ReadAsStringAsync());
        var moved = JsonNode.Parse(await http.GetAsOperatorAsync("/api/issues/nianjie/2022/1"))!;
        Assert.Equal(("draft", "2022-01-03", total), (moved["state"]!.ToString(), moved["date"]!.ToString(), moved["total"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsOperatorAsync(HttpMethod.Get, "/api/issues/nianjie/2021/1")).StatusCode);
        var audit = await (await browser.GetAsync("/api/dashboard/issues/2022/1/edit?series=nianjie", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("改为 2022年第1期（原 2021年第1期，原期号空号）", audit);
        // 发送预览 on the moved draft's page: a series naming no 签发人 is signed by the settings' one.
        var detail = await (await browser.GetAsync("/api/dashboard/issues/2022/1?series=nianjie", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("action=\"/api/dashboard/issues/2022/1/preview?series=nianjie\"", detail);
        var previewed = await browser.PostAsync("/api/dashboard/issues/2022/1/preview?series=nianjie", cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(detail) });
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        await Eventually.GetAsync(() => http.MailsToAsync(DashboardHost.Signer), m => m.Any(n => Outbox.SubjectOf(n) == "【请签发】《年节快讯》2022年第1期"),
            because: "the preview of the moved draft reaches the 签发人 with its new number");
        // The old number is not given again, and the moved draft still holds its article.
        var next = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道年终盘点", "新安路街道召开年终工作总结会，逐项盘点全年重点任务完成情况。");
        Assert.Equal(2, (await http.CreateIssueAsync(new { series = "nianjie", date = "2021-12-31", editors = new[] { "郝婕" },
            articles = new[] { new { submissions = new[] { next } } } }))["number"]!.GetValue<int>());
        var again = await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues", System.Net.Http.Json.JsonContent.Create(new
        {
            series = "nianjie", date = "2022-01-05", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { id } } },
        }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task An_issue_whose_search_index_rows_are_missing_is_found_after_the_rebuild_and_a_second_rebuild_changes_nothing()
    {
        var http = app.Http;
        await http.PutSeriesAsync("jiuqi", new { name = "旧期简报", kind = "正刊" });
        var cookie = await app.SignInAsync();
        var id = await app.AdoptAsync(cookie, "xinanlu.xinxi@example.org", "新安路街道整治背街小巷", "新安路街道集中整治背街小巷十二条，修补破损路面，增设路灯四十盏，居民出行更加便利。");
        await http.CreateIssueAsync(new { series = "jiuqi", date = "2019-06-10", editors = new[] { "郝婕" }, articles = new[] { new { submissions = new[] { id } } } });
        await app.SignOffAsync("/api/dashboard/issues/2019/1?series=jiuqi");
        const string query = "series=jiuqi&q=增设路灯四十盏";
        Assert.Single(await Eventually.GetAsync(() => SearchAsync(query), found => found.Count > 0, because: "publication indexes the issue"));
        // As if published before the index existed: its year's rows (one a bucket) are gone, and the search no longer finds it.
        var index = app.Tables.GetTableClient("issuesearch");
        await foreach (var row in index.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"RowKey eq {"2019"}")))
            await index.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        Assert.Empty(await SearchAsync(query));

        var rebuilt = await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues/search-index/rebuild");

        Assert.Equal(HttpStatusCode.Accepted, rebuilt.StatusCode);
        Assert.True(JsonNode.Parse(await rebuilt.Content.ReadAsStringAsync())!["queued"]!.GetValue<int>() >= 1);
        var found = Assert.Single(await Eventually.GetAsync(() => SearchAsync(query), f => f.Count > 0, because: "the rebuild indexes every published issue"))!;
        Assert.Equal((2019, 1), (found["year"]!.GetValue<int>(), found["number"]!.GetValue<int>()));
        Assert.Contains("<mark>增设路灯四十盏</mark>", found["snippet"]!.ToString());
        Assert.Equal(HttpStatusCode.Accepted, (await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues/search-index/rebuild")).StatusCode);
        Assert.Single(await SearchAsync(query));
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync("/api/issues/search-index/rebuild", null)).StatusCode);
    }

    private async Task<JsonArray> SearchAsync(string query) =>
        JsonNode.Parse(await app.Http.GetAsOperatorAsync("/api/issues?" + query.Replace("增设路灯四十盏", Uri.EscapeDataString("增设路灯四十盏"))))!.AsArray();

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in app.Blobs.GetBlobContainerClient("issues").GetBlobsAsync())
            names.Add(blob.Name);
        return names;
    }

    private static string Local(string url) => Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : url;

    [GeneratedRegex(@"https?://\S+/api/issues/sign-off\?token=[^\s""<]+")]
    private static partial Regex SignOffLink();

    [GeneratedRegex(@"https?://\S+/api/archive\?token=[^\s""<]+")]
    private static partial Regex ArchiveLink();
}
