using System.Net;
using Azure.Data.Tables;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>One 签发 row in the issue's audit per sign-off, whichever door: the dashboard's as the link's, and racing
/// posts of one link publish once, write one row and tell one racer only that it signed.</summary>
public sealed partial class IssueSignOffLinkEndToEndTests
{
    [Fact]
    public async Task A_sign_off_on_the_dashboard_by_the_signer_writes_one_sign_off_row_in_the_issue_audit()
    {
        var (http, cookie, path, _) = await DraftAsync("区文化和旅游局举办非遗展演");
        var signer = await app.SignInAsync(DashboardHost.Signer);
        var page = await (await http.GetAsync(path, signer)).Content.ReadAsStringAsync();

        var signed = await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });
        var again = await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Contains("已签发并发布，文件已存档", await signed.Content.ReadAsStringAsync());
        Assert.Contains("本期已发布，未作任何更改", await again.Content.ReadAsStringAsync());
        var row = Assert.Single(await SignOffRowsAsync(path));
        Assert.Equal((Signer, "在工作台签发并发布"), (row.GetString("Actor"), row.GetString("Detail")));
        Assert.Contains($"{Signer} · 签发", await (await http.GetAsync(path + "/edit", cookie)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Racing_posts_of_one_sign_off_link_publish_once_write_one_row_and_tell_one_racer_it_signed()
    {
        var (http, cookie, path, _) = await DraftAsync("区应急管理局开展防汛演练");
        await SendPreviewAsync(http, cookie, path);
        var link = SignOffLinkOf(Assert.Single(await app.PreviewMailsAsync(Signer, path)));
        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            var response = await app.Http.PostAsync(link, Proof(page));
            return (response.StatusCode, Page: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers, a => a.Page.Contains("已签发并发布，文件已存档"));
        Assert.Equal(5, answers.Count(a => a.Page.Contains("此前已签发并发布，未作任何更改")));
        Assert.Equal("Published", (await app.IssueEntityAsync(path)).GetString("State"));
        Assert.Equal(Signer, Assert.Single(await SignOffRowsAsync(path)).GetString("Actor"));
    }

    /// <summary>The 签发 rows of the issue's audit (table <c>issueaudit</c>, partition <c>{year}-{number:D3}</c>).</summary>
    private async Task<List<TableEntity>> SignOffRowsAsync(string path)
    {
        var parts = path.Split('/');
        var partition = $"{parts[^2]}-{int.Parse(parts[^1]):D3}";
        var rows = new List<TableEntity>();
        await foreach (var row in app.Tables.GetTableClient("issueaudit").QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Action eq {"签发"}")))
            rows.Add(row);
        return rows;
    }
}
