using System.Net;
using System.Text.Json;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.LocalHost.MailSink;

public sealed class OutboxPagesTests(MailSinkFixture sink) : IClassFixture<MailSinkFixture>
{
    [Fact]
    public async Task Outbox_page_lists_newest_first()
    {
        await SendAsync(MailSinkFixture.ValidMail("较早的简报"));
        await SendAsync(MailSinkFixture.ValidMail("较新的简报"));

        var page = await sink.Http.GetStringAsync("/dev/outbox");

        Assert.Contains("发件箱", page);
        Assert.True(page.IndexOf("较新的简报", StringComparison.Ordinal) < page.IndexOf("较早的简报", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_pages_encode_a_script_subject_instead_of_running_it()
    {
        var id = await SendAsync(MailSinkFixture.ValidMail("<script>alert('简报')</script>"));

        var list = await sink.Http.GetStringAsync("/dev/outbox");
        var detail = await sink.Http.GetStringAsync($"/dev/outbox/{id}");

        foreach (var page in new[] { list, detail })
        {
            Assert.DoesNotContain("<script>", page);
            Assert.Contains("&lt;script&gt;", page);
        }
    }

    [Fact]
    public async Task Mail_page_shows_recipients_text_and_html_in_a_sandboxed_frame()
    {
        var mail = MailSinkFixture.ValidMail("请审核第12期简报");
        mail.Contents[1].Value = "<p onclick=\"x()\">请点击<a href=\"https://example.gov.cn/review?a=1&b=2\">审核</a></p>";
        mail.AddCc("leader@example.gov.cn", "领导");
        mail.AddAttachment("第12期简报.docx", Convert.ToBase64String([1, 2, 3]));
        var id = await SendAsync(mail);

        var page = await sink.Http.GetStringAsync($"/dev/outbox/{id}");

        Assert.Contains("领导 &lt;leader@example.gov.cn&gt;", page);
        Assert.Contains("请于周五前报送稿件。", page);
        Assert.Contains("<iframe sandbox ", page);
        Assert.Contains("srcdoc=\"&lt;p onclick=&quot;x()&quot;&gt;", page);
        Assert.Contains("review?a=1&amp;b=2", page);
        Assert.DoesNotContain("<p onclick", page);
        Assert.Contains($"/dev/outbox/{id}/attachments/0\">第12期简报.docx</a>", page);
    }

    [Fact]
    public async Task Unknown_mail_is_a_not_found_page()
    {
        foreach (var path in new[] { "/dev/outbox/20000101T0000000000000Z", "/dev/outbox/..%2F..%2Fetc%2Fpasswd", "/dev/outbox/x/attachments/0" })
        {
            var response = await sink.Http.GetAsync(path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("找不到这封邮件", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Delete_empties_the_outbox()
    {
        await SendAsync(MailSinkFixture.ValidMail("将被清空"));

        var response = await sink.Http.DeleteAsync("/dev/outbox");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await sink.Http.GetStringAsync("/dev/outbox.json")).RootElement.ValueKind);
        Assert.Empty(await sink.OutboxAsync());
        Assert.Equal(0, sink.StoredFileCount());
        Assert.Contains("发件箱是空的", await sink.Http.GetStringAsync("/dev/outbox"));
    }

    private async Task<string> SendAsync(SendGridMessage mail)
    {
        var response = await sink.Client().SendEmailAsync(mail);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.GetValues("X-Message-Id").Single();
    }
}
