using System.Net;
using System.Text.Json;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Extraction;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>Mail posted to the local host exactly as SendGrid Inbound Parse posts it, followed to the stored submission and the mails sent.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class InboundMailTests(IntakeHostFixture app)
{
    [Fact]
    public async Task The_seed_articles_arrive_as_two_submissions_attributed_to_their_units_with_receipts()
    {
        var bodyMail = SendGridPayloadBuilder.Parsed("陈静 <xinanlu.xinxi@example.org>", "【报送】新安路街道信息",
            File.ReadAllText(ExtractionFiles.PathOf("seed-xinanlu.mail.txt")), charset: "GB2312",
            headers: IntakeHost.Headers("seed-1@example.org", "xinanlu.xinxi@example.org"));
        var docxMail = SendGridPayloadBuilder.Parsed("谢婷婷 <zgh.xinxi@example.org>", "转发：区总工会信息", "请审阅附件。",
            headers: IntakeHost.Headers("seed-2@example.org", "zgh.xinxi@example.org"),
            attachments: [("区总工会稿件.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                File.ReadAllBytes(ExtractionFiles.PathOf("seed-zonggonghui.docx"))), ("现场照片.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9])]);

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(bodyMail)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(docxMail)).StatusCode);

        var xinanlu = Assert.Single(await Eventually.GetAsync(() => app.SubmissionsAsync("xinanlu.xinxi@example.org"), s => s.Count > 0));
        Assert.Equal("新安路街道", xinanlu.GetString("Unit"));
        Assert.Equal("新安路街道“3个+”保障重点项目有序推进", xinanlu.GetString("Title"));
        Assert.Equal("Email", xinanlu.GetString("Source"));
        Assert.StartsWith("近日，区新安路街道", JsonSerializer.Deserialize<string[]>(xinanlu.GetString("Paragraphs"))![0]);

        var zonggonghui = Assert.Single(await Eventually.GetAsync(() => app.SubmissionsAsync("zgh.xinxi@example.org"), s => s.Count > 0));
        Assert.Equal("区总工会", zonggonghui.GetString("Unit"));
        Assert.Equal("区总工会点滴关爱助力疫情防控工作", zonggonghui.GetString("Title"));
        var originals = JsonSerializer.Deserialize<string[]>(zonggonghui.GetString("Originals"))!;
        Assert.Equal(2, originals.Length);
        Assert.EndsWith("现场照片.jpg", originals[1]);
        var stored = await app.Blobs.GetBlobContainerClient("submissions").GetBlobClient(originals[0]).DownloadContentAsync();
        Assert.Equal(File.ReadAllBytes(ExtractionFiles.PathOf("seed-zonggonghui.docx")), stored.Value.Content.ToArray());

        foreach (var (address, submission) in new[] { ("xinanlu.xinxi@example.org", xinanlu), ("zgh.xinxi@example.org", zonggonghui) })
        {
            var receipt = Assert.Single(await Eventually.GetAsync(() => app.Http.MailsToAsync(address), m => m.Count > 0));
            Assert.Contains("回执", Outbox.SubjectOf(receipt));
            Assert.Contains(submission.RowKey, Outbox.SubjectOf(receipt));
            Assert.Contains(submission.GetString("Title"), Outbox.TextOf(receipt));
        }
    }

    [Fact]
    public async Task A_delivery_repeated_with_the_same_Message_ID_registers_one_submission()
    {
        var mail = SendGridPayloadBuilder.Parsed("zhongxinlu.xinxi@example.org", "中心路街道开展志愿服务",
            "中心路街道组织志愿者开展环境整治活动，清理卫生死角二十余处，居民纷纷点赞。", headers: IntakeHost.Headers("repeat@example.org", "zhongxinlu.xinxi@example.org"));

        await app.PostInboundAsync(mail);
        await app.PostInboundAsync(mail);

        await Eventually.GetAsync(() => app.SubmissionsAsync("zhongxinlu.xinxi@example.org"), s => s.Count > 0);
        // The count includes messages being processed (invisible), so zero means both deliveries are done.
        await Eventually.GetAsync(async () => (await app.Queues.GetQueueClient("inbound-mail").GetPropertiesAsync()).Value.ApproximateMessagesCount,
            count => count == 0, because: "both deliveries are processed");
        Assert.Single(await app.SubmissionsAsync("zhongxinlu.xinxi@example.org"));
        Assert.Single(await app.Http.MailsToAsync("zhongxinlu.xinxi@example.org"));
    }

    [Fact]
    public async Task Mail_from_an_address_outside_the_directory_is_held_and_answered_with_whom_to_ask()
    {
        const string stranger = "stranger@example.net";
        var mail = SendGridPayloadBuilder.Parsed(stranger, "投稿", "一篇来自陌生地址的稿件，内容足够长，可以作为正文。", dkim: "{@example.net : pass}",
            headers: IntakeHost.Headers("stranger@example.net", stranger));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = Assert.Single(await Eventually.GetAsync(() => app.QuarantineAsync(stranger), h => h.Count > 0));
        Assert.Equal("UnknownSender", held.GetString("Reason"));
        var reply = Assert.Single(await Eventually.GetAsync(() => app.Http.MailsToAsync(stranger), m => m.Count > 0));
        Assert.Contains("通讯录", Outbox.TextOf(reply));
        Assert.Contains("hao.jie@example.org", Outbox.TextOf(reply));
        Assert.Empty(await app.SubmissionsAsync(stranger));
    }

    [Fact]
    public async Task Mail_that_fails_SPF_and_DKIM_is_held_without_a_reply()
    {
        const string forged = "xiawo.fuze@example.org";
        var mail = SendGridPayloadBuilder.Parsed(forged, "伪造的稿件", "这封邮件的发件人无法验证，不应登记，也不应回信。", spf: "fail", dkim: "none",
            headers: IntakeHost.Headers("forged@example.org", forged));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = Assert.Single(await Eventually.GetAsync(() => app.QuarantineAsync(forged), h => h.Count > 0));
        Assert.Equal("SenderNotAuthenticated", held.GetString("Reason"));
        Assert.Empty(await app.SubmissionsAsync(forged));
        Assert.Empty(await app.Http.MailsToAsync(forged));
    }

    [Fact]
    public async Task A_truncated_request_is_kept_and_held_as_unreadable()
    {
        var mail = SendGridPayloadBuilder.Parsed("gongyelu.xinxi@example.org", "截断的请求", "正文", headers: IntakeHost.Headers("cut@example.org", "gongyelu.xinxi@example.org"));
        var content = new ByteArrayContent(mail.BuildTruncated());
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mail.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/sendgrid") { Content = content };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("sendgrid:local-inbound-secret-not-for-azure"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, (await app.Http.SendAsync(request)).StatusCode);

        var table = app.Tables.GetTableClient("quarantine");
        var held = await Eventually.GetAsync(async () =>
        {
            await table.CreateIfNotExistsAsync();
            var found = new List<Azure.Data.Tables.TableEntity>();
            await foreach (var e in table.QueryAsync<Azure.Data.Tables.TableEntity>(e => e.GetString("Reason") == "Unreadable"))
                found.Add(e);
            return found;
        }, h => h.Count > 0);
        var blob = app.Blobs.GetBlobContainerClient("inbound").GetBlobClient(held[0].GetString("InboundBlob"));
        Assert.Equal(mail.BuildTruncated(), (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task A_post_without_the_inbound_secret_is_refused_and_nothing_is_stored()
    {
        var container = app.Blobs.GetBlobContainerClient("inbound");
        await container.CreateIfNotExistsAsync();
        var before = await CountAsync(container);
        var mail = SendGridPayloadBuilder.Parsed("jiyuanlu.xinxi@example.org", "无密码", "正文", headers: IntakeHost.Headers("nosecret@example.org", "jiyuanlu.xinxi@example.org"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.PostInboundAsync(mail, secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.PostInboundAsync(mail, secret: "wrong-secret-wrong-secret")).StatusCode);

        Assert.Equal(before, await CountAsync(container));
    }

    [Fact]
    public async Task A_zip_bomb_disguised_as_docx_is_refused_with_a_reply_and_the_mail_kept()
    {
        const string sender = "qwb.xinxi@example.org";
        using var bomb = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(bomb, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
                entry.Write(zeros);
        }
        var mail = SendGridPayloadBuilder.Parsed(sender, "稿件", "见附件。", headers: IntakeHost.Headers("bomb@example.org", sender),
            attachments: ("稿件.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb.ToArray()));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = Assert.Single(await Eventually.GetAsync(() => app.QuarantineAsync(sender), h => h.Count > 0));
        Assert.Equal("NoArticle", held.GetString("Reason"));
        var reply = Assert.Single(await Eventually.GetAsync(() => app.Http.MailsToAsync(sender), m => m.Count > 0));
        Assert.Contains("稿件.docx", Outbox.TextOf(reply));
        Assert.Empty(await app.SubmissionsAsync(sender));
    }

    [Fact]
    public async Task A_29_MB_mail_is_stored_whole_though_it_exceeds_Kestrels_default_limit()
    {
        const string sender = "zfb.xinxi@example.org";
        var big = new byte[29 * 1024 * 1024];
        Random.Shared.NextBytes(big);
        var mail = SendGridPayloadBuilder.Parsed(sender, "大附件", "见附件。", headers: IntakeHost.Headers("big@example.org", sender),
            attachments: ("照片.jpg", "image/jpeg", big));

        var response = await app.PostInboundAsync(mail);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var held = Assert.Single(await Eventually.GetAsync(() => app.QuarantineAsync(sender), h => h.Count > 0));
        var stored = await app.Blobs.GetBlobContainerClient("inbound").GetBlobClient(held.GetString("InboundBlob")).GetPropertiesAsync();
        Assert.Equal(mail.Build().Length, stored.Value.ContentLength);
    }

    [Fact]
    public async Task A_request_larger_than_any_SendGrid_mail_is_refused_with_413()
    {
        var content = new ByteArrayContent(new byte[36 * 1024 * 1024]);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xYzZY");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/sendgrid") { Content = content };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("sendgrid:local-inbound-secret-not-for-azure"u8.ToArray()));

        var response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static async Task<int> CountAsync(Azure.Storage.Blobs.BlobContainerClient container)
    {
        var count = 0;
        await foreach (var _ in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, null, CancellationToken.None))
            count++;
        return count;
    }
}
