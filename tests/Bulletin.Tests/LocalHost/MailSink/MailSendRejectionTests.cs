using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.LocalHost.MailSink;

public sealed class MailSendRejectionTests(MailSinkFixture sink) : IClassFixture<MailSinkFixture>
{
    [Fact]
    public async Task Mail_without_subject_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Subject = null;

        await AssertRejectedAsync(mail, "subject",
            "The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.");
    }

    [Fact]
    public async Task Mail_without_sender_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.From = null;

        await AssertRejectedAsync(mail, "from.email",
            "The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  e.g. {\"email\" : \"example@example.com\"}  or {\"email\" : \"example@example.com\", \"name\" : \"Example Recipient\"}.");
    }

    [Fact]
    public async Task Mail_from_a_malformed_address_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.SetFrom("上街信息办公室");

        await AssertRejectedAsync(mail, "from.email", "The from email does not contain a valid address.");
    }

    [Fact]
    public async Task Mail_without_content_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Contents = null;

        await AssertRejectedAsync(mail, "content",
            "Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.");
    }

    [Fact]
    public async Task Content_with_an_empty_value_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Contents = [new Content("text/plain", "")];

        await AssertRejectedAsync(mail, "content.0.value", "The content value must be a string at least one character in length.");
    }

    [Fact]
    public async Task Content_with_an_empty_type_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Contents = [new Content("", "正文")];

        await AssertRejectedAsync(mail, "content.0.type", "Your content type must be a string with length of at least one character.");
    }

    [Fact]
    public async Task Html_before_plain_text_is_rejected_like_SendGrid()
    {
        // The official client orders the parts itself, so this only comes from hand-written JSON.
        var response = await PostRawAsync("""
            {"personalizations":[{"to":[{"email":"editor@example.gov.cn"}]}],"from":{"email":"bulletin@example.gov.cn"},
             "subject":"顺序","content":[{"type":"text/html","value":"<p>正文</p>"},{"type":"text/plain","value":"正文"}]}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text/plain needs to be first", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mail_without_personalizations_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations = null;

        await AssertRejectedAsync(mail, "personalizations",
            "The personalizations field is required and must have at least one personalization.");
    }

    [Fact]
    public async Task Personalization_without_to_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations = [new Personalization { Ccs = [new EmailAddress("leader@example.gov.cn")] }];

        await AssertRejectedAsync(mail, "personalizations.0.to",
            "The to array is required for all personalization objects, and must have at least one email object with a valid email address.");
    }

    [Fact]
    public async Task More_than_1000_personalizations_are_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations = [.. Enumerable.Range(0, 1001)
            .Select(i => new Personalization { Tos = [new EmailAddress($"unit{i}@example.gov.cn")] })];

        await AssertRejectedAsync(mail, "personalizations",
            "The personalization block is limited to 1000 personalizations per API request. You have provided 1001 personalizations. Please consider splitting this into multiple requests and resending your request.");
    }

    [Fact]
    public async Task Exactly_1000_recipients_are_accepted_but_1001_are_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations =
        [
            new Personalization { Tos = Addresses("to", 600) },
            new Personalization { Tos = Addresses("to2", 1), Bccs = Addresses("bcc", 399) },
        ];
        Assert.Equal(HttpStatusCode.Accepted, (await sink.Client().SendEmailAsync(mail)).StatusCode);

        mail.Personalizations[1].Ccs = Addresses("cc", 1);

        await AssertRejectedAsync(mail, "personalizations", "There is a limit of 1000 total recipients (to + cc + bcc) per request.");
    }

    [Fact]
    public async Task Malformed_recipient_address_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations[0].Tos = [new EmailAddress("editor@example.gov.cn"), new EmailAddress("editor at example.gov.cn")];

        await AssertRejectedAsync(mail, "personalizations.0.to.1.email", "Does not contain a valid address.");
    }

    [Fact]
    public async Task Same_address_twice_in_one_personalization_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.Personalizations[0].Ccs = [new EmailAddress("Editor@Example.gov.cn")];

        await AssertRejectedAsync(mail, "personalizations.0",
            "Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [Editor@Example.gov.cn] in the personalizations.0.cc field.");
    }

    [Fact]
    public async Task Attachment_without_content_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.AddAttachment(new Attachment { Filename = "简报.docx", Content = null });

        await AssertRejectedAsync(mail, "attachments.0.content", "The attachment content is required.");
    }

    [Fact]
    public async Task Attachment_without_filename_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.AddAttachment(new Attachment { Content = Convert.ToBase64String("内容"u8.ToArray()) });

        await AssertRejectedAsync(mail, "attachments.0.filename", "filename is required.");
    }

    [Fact]
    public async Task Attachment_that_is_not_base64_is_rejected_like_SendGrid()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.AddAttachment("简报.txt", "这不是 base64");

        await AssertRejectedAsync(mail, "attachments.0.content", "The attachment content must be base64 encoded.");
    }

    [Fact]
    public async Task Request_over_30_MB_is_refused_as_payload_too_large()
    {
        var mail = MailSinkFixture.ValidMail();
        mail.AddAttachment("大文件.bin", Convert.ToBase64String(new byte[23 * 1024 * 1024]));
        var before = sink.StoredFileCount();

        var response = await sink.Client().SendEmailAsync(mail);

        var (status, errors) = await SendGridResponses.ErrorsOf(response);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(("The JSON payload you have included in your request is too large.", (string?)null), Assert.Single(errors));
        Assert.Equal(before, sink.StoredFileCount());
    }

    [Fact]
    public async Task Request_without_authorization_is_refused_like_SendGrid()
    {
        var before = sink.StoredFileCount();

        var response = await sink.Http.PostAsync("/dev/sendgrid/v3/mail/send",
            new StringContent(MailSinkFixture.ValidMail().Serialize(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"authorization required","field":null,"help":null}]}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(before, sink.StoredFileCount());
    }

    [Fact]
    public async Task Body_that_is_not_JSON_is_a_bad_request()
    {
        var response = await PostRawAsync("{\"personalizations\": [");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"message\":\"Bad Request\"", await response.Content.ReadAsStringAsync());
    }

    private async Task AssertRejectedAsync(SendGridMessage mail, string field, string message)
    {
        var before = sink.StoredFileCount();

        var response = await sink.Client().SendEmailAsync(mail);

        var (status, errors) = await SendGridResponses.ErrorsOf(response);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains((message, field), errors);
        Assert.Equal(before, sink.StoredFileCount());
    }

    private async Task<HttpResponseMessage> PostRawAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/sendgrid/v3/mail/send")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "x");
        return await sink.Http.SendAsync(request);
    }

    private static List<EmailAddress> Addresses(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new EmailAddress($"{prefix}{i}@example.gov.cn"))];
}
