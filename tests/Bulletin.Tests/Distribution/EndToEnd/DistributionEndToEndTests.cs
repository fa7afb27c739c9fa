using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>Signing off the seed issue on the dashboard mails it, through the real SendGrid client and the stand-in, to
/// every resolved recipient exactly once, with both documents attached; the ledger records every recipient accepted.</summary>
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

        var rows = await Eventually.GetAsync(() => LedgerAsync($"{DistributionHost.ThisYear}-{number:D3}"), r => r.All(e => e.GetString("State") != "Pending"),
            because: "the batch's acceptance is recorded on every row");
        Assert.Equal(19, rows.Count);
    }

    private static string Content(JsonNode mail, string type) =>
        mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == type)!["value"]!.ToString();

    private async Task<List<TableEntity>> LedgerAsync(string issueKey)
    {
        var table = app.Tables.GetTableClient("deliveries");
        await table.CreateIfNotExistsAsync();
        return await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {issueKey}")).ToListAsync();
    }
}
