using System.Text.Json.Nodes;
using System.Net;
using Bulletin.Distribution.Delivery;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>Signing off the seed issue on the dashboard mails it, through the real SendGrid client and the stand-in, to
/// every resolved recipient exactly once, with both documents attached; the ledger records every recipient accepted; the
/// delivery report shows a bounce, and 重发给失败的收件人 mails that one recipient again and nobody else.</summary>
[Collection(nameof(DistributionHostCollection))]
public sealed class DistributionEndToEndTests(DistributionHostFixture app)
{
    [Fact]
    public async Task Signing_off_the_seed_issue_mails_each_of_the_19_recipients_once_with_docx_and_pdf()
    {
        var cookie = await app.SignInAsync();
        var path = await app.PublishSeedIssueAsync(cookie);
        var number = int.Parse(path[(path.LastIndexOf('/') + 1)..]);
        var subject = $"上街信息 {DistributionHost.ThisYear}年第{number}期";

        var mails = await app.Http.WaitForRecipientsAsync(subject, 19);

        var recipients = DistributionHost.Recipients(mails);
        Assert.Equal(19, recipients.Count);
        Assert.Equal(19, recipients.Distinct().Count());
        Assert.Contains("xiawo.fuze@example.org", recipients);
        Assert.Contains("zgh.fuze@example.org", recipients);
        Assert.DoesNotContain("xinanlu.xinxi@example.org", recipients);
        Assert.Single(mails);
        var mail = mails[0];
        Assert.All(mail["personalizations"]!.AsArray(), p =>
        {
            Assert.Single(p!["to"]!.AsArray());
            Assert.Null(p["cc"]);
            Assert.Null(p["bcc"]);
            Assert.Equal($"{DistributionHost.ThisYear}-{number:D3}", p["custom_args"]!["issue"]!.ToString());
            Assert.StartsWith("d", p["custom_args"]!["delivery"]!.ToString());
        });
        var attachments = mail["attachments"]!.AsArray().Select(a => a!["filename"]!.ToString()).Order().ToList();
        Assert.Equal([$"上街信息-{DistributionHost.ThisYear}年第{number}期.docx", $"上街信息-{DistributionHost.ThisYear}年第{number}期.pdf"], attachments);
        Assert.Contains("新安路街道“3个+”保障重点项目有序推进", Content(mail, "text/html"));
        Assert.Contains("区总工会点滴关爱助力疫情防控工作", Content(mail, "text/plain"));
        Assert.Null(mail["headers"]?["List-Unsubscribe"]);
        // The mail's archive link opens the recipients' archive (no session) with this issue in it.
        var archiveLink = System.Text.RegularExpressions.Regex.Match(Content(mail, "text/html"), "href=\"(http[^\"]*/api/archive\\?token=[^\"]+)\"");
        Assert.True(archiveLink.Success, "the issue mail links to the archive");
        var archive = await app.Http.GetStringAsync(new Uri(System.Net.WebUtility.HtmlDecode(archiveLink.Groups[1].Value)).PathAndQuery);
        Assert.Contains("新安路街道“3个+”保障重点项目有序推进", archive);

        var rows = await Eventually.GetAsync(() => LedgerAsync($"{DistributionHost.ThisYear}-{number:D3}"), r => r.All(e => e.State != DeliveryState.Pending),
            because: "the batch's acceptance counts for every row");
        Assert.Equal(19, rows.Count);
        // The demo directory's head of 区住房和城乡建设局 is at bounce.example.org: the stand-in's signed events report that one bounced.
        var key = $"{DistributionHost.ThisYear}-{number:D3}";
        rows = await Eventually.GetAsync(() => LedgerAsync(key), r => r.All(e => e.State is DeliveryState.Delivered or DeliveryState.Bounced),
            because: "the stand-in's signed events report every mail delivered or bounced");
        var bouncedRow = Assert.Single(rows, r => r.State == DeliveryState.Bounced);
        Assert.Equal(BouncingRecipient, bouncedRow.Email);
        Assert.Equal(18, rows.Count(r => r.State == DeliveryState.Delivered));
        var bounced = bouncedRow.Id;
        using var http = app.Client();
        var report = await (await http.GetAsync($"{path}/delivery", cookie)).Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"delivery-total\">19</strong>", report);
        Assert.Contains("data-state=\"Bounced\"><td>退信</td><td class=\"count\" style=\"text-align:right;padding-left:1rem\">1</td>", report);
        Assert.Contains(BouncingRecipient, report);
        Assert.Contains("550 5.1.1", report);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync($"{path}/delivery", cookie, new Dictionary<string, string>())).StatusCode);
        var resent = await http.PostAsync($"{path}/delivery", cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(report) });
        Assert.Contains("已安排重发给 1 位失败的收件人", await resent.Content.ReadAsStringAsync());

        var after = await app.Http.WaitForRecipientsAsync(subject, 20);
        Assert.Equal(2, after.Count);
        Assert.Equal([BouncingRecipient], DistributionHost.Recipients([after[1]]));
        var row = await Eventually.GetAsync(async () => (await LedgerAsync(key)).Single(r => r.Id == bounced),
            r => r.Attempt == 2 && r.State == DeliveryState.Bounced, because: "the resent mail bounces again at the stand-in");
        Assert.Equal(18, (await LedgerAsync(key)).Count(r => r.State == DeliveryState.Delivered && r.Attempt == 1));
        Assert.Equal(20, DistributionHost.Recipients(await app.Http.IssueMailsAsync(subject)).Count);
    }

    private const string BouncingRecipient = "zjj.fuze@bounce.example.org";

    private static string Content(JsonNode mail, string type) =>
        mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == type)!["value"]!.ToString();

    private Task<IReadOnlyList<Bulletin.Distribution.Delivery.Delivery>> LedgerAsync(string issueKey) => app.Ledger().ListAsync(issueKey, CancellationToken.None);
}
