using System.Net;
using System.Text.Json;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.LocalHost.MailSink;

public sealed class MailSendAcceptanceTests(MailSinkFixture sink) : IClassFixture<MailSinkFixture>
{
    [Fact]
    public async Task Valid_mail_with_Chinese_subject_and_attachment_is_accepted_and_kept_as_sent()
    {
        var attachment = new byte[] { 0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0xE4, 0xB8, 0xAD };
        var mail = MailSinkFixture.ValidMail("第12期简报（送审稿）");
        mail.AddAttachment("第12期简报.pdf", Convert.ToBase64String(attachment), "application/pdf");

        var response = await sink.Client().SendEmailAsync(mail);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("", await response.Body.ReadAsStringAsync());
        var messageId = Assert.Single(response.Headers.GetValues("X-Message-Id"));
        var stored = Assert.Single(await sink.OutboxAsync(), e => e.GetProperty("id").GetString() == messageId);
        Assert.Equal(mail.Serialize(), stored.GetProperty("request").GetRawText());
        var receivedAt = DateTimeOffset.Parse(stored.GetProperty("receivedAt").GetString()!);
        Assert.Equal(TimeSpan.Zero, receivedAt.Offset);

        var download = await sink.Http.GetAsync($"/dev/outbox/{messageId}/attachments/0");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(attachment, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("第12期简报.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Subject_in_every_personalization_is_enough()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Subject = null;
        mail.Personalizations[0].Subject = "个性化主题";

        var response = await sink.Client().SendEmailAsync(mail);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Template_mail_needs_neither_subject_nor_content()
    {
        var mail = new SendGridMessage();
        mail.SetFrom("bulletin@example.gov.cn");
        mail.AddTo("editor@example.gov.cn");
        mail.SetTemplateId("d-0123456789abcdef0123456789abcdef");

        var response = await sink.Client().SendEmailAsync(mail);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Outbox_json_lists_mails_oldest_first()
    {
        var first = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail("先发的"));
        var second = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail("后发的"));

        var ids = (await sink.OutboxAsync()).Select(e => e.GetProperty("id").GetString()).ToList();

        var firstId = first.Headers.GetValues("X-Message-Id").Single();
        var secondId = second.Headers.GetValues("X-Message-Id").Single();
        Assert.True(ids.IndexOf(firstId) < ids.IndexOf(secondId), string.Join(", ", ids));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public async Task Concurrent_posts_are_all_kept_with_distinct_ids()
    {
        var client = sink.Client();
        var responses = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => client.SendEmailAsync(MailSinkFixture.ValidMail($"并发 {i}"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var ids = responses.Select(r => r.Headers.GetValues("X-Message-Id").Single()).ToHashSet();
        Assert.Equal(40, ids.Count);
        var stored = (await sink.OutboxAsync()).Select(e => e.GetProperty("id").GetString()!).ToHashSet();
        Assert.Superset(ids, stored);
    }

    [Fact]
    public async Task Outbox_survives_a_restart_and_new_mails_sort_after_old_ones()
    {
        var before = await sink.Client().SendEmailAsync(MailSinkFixture.ValidMail("重启前"));
        var beforeId = before.Headers.GetValues("X-Message-Id").Single();

        await using var restarted = await sink.StartHostAsync();
        using var http = new HttpClient { BaseAddress = new Uri(restarted.Urls.Single()) };
        var client = new SendGridClient(new SendGridClientOptions { ApiKey = "x", Host = restarted.Urls.Single() + "/dev/sendgrid" });
        var after = await client.SendEmailAsync(MailSinkFixture.ValidMail("重启后"));
        var afterId = after.Headers.GetValues("X-Message-Id").Single();

        using var outbox = JsonDocument.Parse(await http.GetStringAsync("/dev/outbox.json"));
        var ids = outbox.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains(beforeId, ids);
        Assert.True(ids.IndexOf(beforeId) < ids.IndexOf(afterId));
    }
}
