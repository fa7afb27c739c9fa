using System.Net;
using Azure.Storage.Blobs.Models;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>An issue on the dashboard, over HTTP through the local host: two adopted submissions become draft 第1期 in the
/// editor's order, its 送/发 lines resolved per item, and 签发 publishes it with its three documents; a second draft whose 发
/// line names an unknown item is refused 签发. Other tests in this host create issues too, so numbers are read from the answers.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class DashboardIssueWorkflowTests(DashboardHostFixture app)
{
    private static readonly int ThisYear = IssueDashboard.ThisYear;

    [Fact]
    public async Task Two_adopted_submissions_become_draft_number_one_in_the_chosen_order_and_signing_off_publishes_it_once()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var first = await app.AdoptAsync(http, cookie, "新安路街道开展环境整治 " + Guid.NewGuid().ToString("N")[..6]);
        var second = await app.AdoptAsync(http, cookie, "区总工会慰问一线职工 " + Guid.NewGuid().ToString("N")[..6]);

        var listing = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("新建一期", listing);
        Assert.Contains("value=\"区县处级领导\"", listing);
        var created = await http.PostFormAsync("/api/dashboard/issues", cookie,
        [
            new("proof", DashboardHost.ProofOf(listing)), new("article", first.Id), new($"order-{first.Id}", "2"), new("article", second.Id),
            new($"order-{second.Id}", "1"), new("series", "基层动态"), new("part", "4"), new("sentTo", "区县处级领导"), new("issuedTo", "峡窝镇、各街道办事处、区直各单位负责同志"),
            new("date", $"{ThisYear}-03-08"),
        ]);

        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        Assert.Matches($"^/api/dashboard/issues/{ThisYear}/[0-9]+$", path);
        var number = int.Parse(path[(path.LastIndexOf('/') + 1)..]);
        var draft = await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync();
        Assert.Contains($"{ThisYear}年第{number}期", draft);
        Assert.Contains("<strong id=\"state\">草稿</strong>", draft);
        Assert.Contains("基层动态（四）", draft);
        var plan = Distribution(draft);
        Assert.Contains("<td>区县处级领导</td><td>分组「区县处级领导」</td><td class=\"count\" style=\"text-align:right\">5</td>", plan);
        Assert.Contains("<strong id=\"distribution-total\">19</strong>", draft);
        Assert.DoesNotContain("distribution-problems", draft);
        Assert.True(draft.IndexOf(second.Title, StringComparison.Ordinal) is > 0 and var at && at < draft.IndexOf(first.Title, StringComparison.Ordinal),
            "the preview prints the article numbered 1 before the one numbered 2");

        var withoutProof = await http.PostAsync(path, cookie, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, withoutProof.StatusCode);
        Assert.Contains("<strong id=\"state\">草稿</strong>", await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync());

        // Only the 签发人 signs a draft off: the editor's page says so, and the editor's POST is refused.
        Assert.Contains("id=\"signer-only\"", draft);
        var byEditor = await http.PostAsync(path, cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(draft) });
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        Assert.Contains("只有签发人（宋文华）可以签发", await byEditor.Content.ReadAsStringAsync());
        Assert.Contains("<strong id=\"state\">草稿</strong>", await (await http.GetAsync(path, cookie)).Content.ReadAsStringAsync());

        var signer = await app.SignInAsync(DashboardHost.Signer);
        var signerPage = await (await http.GetAsync(path, signer)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("id=\"signer-only\"", signerPage);
        var signedOff = await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(signerPage) });
        var published = await signedOff.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, signedOff.StatusCode);
        Assert.Contains("<strong id=\"state\">已发布</strong>", published);
        Assert.Contains($"上街信息-{ThisYear}年第{number}期.pdf", published);
        Assert.DoesNotContain($"action=\"{path}\"", published);
        var stored = await DocumentsAsync(number);
        Assert.Equal(["docx", "html", "pdf"], stored.Keys.Select(n => n[(n.LastIndexOf('.') + 1)..]).Order());

        var again = await http.PostAsync(path, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(published) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("未作任何更改", await again.Content.ReadAsStringAsync());
        Assert.Equal(stored, await DocumentsAsync(number));
        Assert.Equal("Published", (await app.Tables.GetTableClient("issues").GetEntityAsync<Azure.Data.Tables.TableEntity>($"{ThisYear}", $"{number:D3}")).Value.GetString("State"));

        // An issue whose 发 line names something the directory does not know cannot be signed off.
        var third = await app.AdoptAsync(http, cookie, "峡窝镇召开防汛工作会 " + Guid.NewGuid().ToString("N")[..6]);
        var form = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        var blockedCreated = await http.PostFormAsync("/api/dashboard/issues", cookie,
        [
            new("proof", DashboardHost.ProofOf(form)), new("article", third.Id), new($"order-{third.Id}", "1"),
            new("sentTo", "区县处级领导"), new("issuedTo", "峡窝镇、不存在的单位"), new("date", $"{ThisYear}-03-15"),
        ]);
        var blockedPath = blockedCreated.Headers.Location!.OriginalString;
        Assert.Equal($"/api/dashboard/issues/{ThisYear}/{number + 1}", blockedPath);
        var blockedDraft = await (await http.GetAsync(blockedPath, cookie)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"distribution-problems\"", blockedDraft);
        Assert.Contains("「不存在的单位」在通讯录中找不到", blockedDraft);

        var blockedForSigner = await (await http.GetAsync(blockedPath, signer)).Content.ReadAsStringAsync();
        var refused = await http.PostAsync(blockedPath, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(blockedForSigner) });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("未签发：本期送/发行中的「不存在的单位」有问题", refusedPage);
        Assert.Contains("<strong id=\"state\">草稿</strong>", refusedPage);
        Assert.Contains("<strong id=\"state\">草稿</strong>", await (await http.GetAsync(blockedPath, cookie)).Content.ReadAsStringAsync());
        Assert.Equal("Draft", (await app.Tables.GetTableClient("issues").GetEntityAsync<Azure.Data.Tables.TableEntity>($"{ThisYear}", $"{number + 1:D3}")).Value.GetString("State"));
    }

    /// <summary>The resolved 送/发 table of an issue page.</summary>
    private static string Distribution(string page)
    {
        var start = page.IndexOf("<table id=\"distribution\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "the page shows the resolved 送/发 lines");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task Creating_an_issue_without_the_form_proof_is_refused()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var response = await http.PostAsync("/api/dashboard/issues", cookie, new Dictionary<string, string> { ["date"] = $"{ThisYear}-03-08" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The blobs stored under this year's issue <paramref name="number"/>, by name, with their ETags.</summary>
    private async Task<Dictionary<string, string>> DocumentsAsync(int number)
    {
        var found = new Dictionary<string, string>();
        await foreach (var blob in app.Blobs.GetBlobContainerClient("issues").GetBlobsAsync(BlobTraits.None, BlobStates.None, $"{ThisYear}/{number:D3}/", CancellationToken.None))
            found[blob.Name] = blob.Properties.ETag.ToString()!;
        return found;
    }
}
