using System.Text;
using System.Text.Json;
using Bulletin.Intake.Inbound;

namespace Bulletin.Tests.Intake.Inbound;

/// <summary>
/// Request bodies byte for byte as SendGrid Inbound Parse posts them: CRLF lines, "--boundary" framing,
/// one form-data part per field, file parts with filename and Content-Type, field values in the mail's own charset.
/// </summary>
public sealed class SendGridPayloadBuilder
{
    public const string Boundary = "xYzZY";

    private readonly MemoryStream body = new();

    static SendGridPayloadBuilder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public string ContentType => $"multipart/form-data; boundary={Boundary}";

    /// <summary>Default ("parsed") mode, fields in the order SendGrid's documentation shows them.</summary>
    public static SendGridPayloadBuilder Parsed(
        string from, string subject, string text, string charset = "UTF-8", string to = "tougao@parse.example.org",
        string? html = null, string? headers = null, string spf = "pass", string dkim = "{@example.org : pass}",
        params (string FileName, string ContentType, byte[] Content)[] attachments)
    {
        var encoding = charset.StartsWith("GB", StringComparison.OrdinalIgnoreCase) ? Gb18030 : Encoding.GetEncoding(charset);
        var builder = new SendGridPayloadBuilder()
            .Field("headers", headers ?? $"Message-ID: <test@example.org>\r\nFrom: {from}\r\nTo: {to}\r\nSubject: test\r\nMIME-Version: 1.0\r\n")
            .Field("dkim", dkim)
            .Field("to", to)
            .Field("from", encoding.GetBytes(from))
            .Field("subject", encoding.GetBytes(subject))
            .Field("text", encoding.GetBytes(text));
        if (html is not null)
        {
            builder.Field("html", encoding.GetBytes(html));
        }

        builder.Field("sender_ip", "192.0.2.10")
            .Field("envelope", $$"""{"to":["{{Address(to)}}"],"from":"{{Address(from)}}"}""")
            .Field("attachments", attachments.Length.ToString());
        var charsets = new Dictionary<string, string> { ["to"] = "UTF-8", ["from"] = charset, ["subject"] = charset, ["text"] = charset };
        if (html is not null)
        {
            charsets["html"] = charset;
        }

        builder.Field("charsets", JsonSerializer.Serialize(charsets)).Field("SPF", spf).Field("spam_score", "0.011");
        if (attachments.Length > 0)
        {
            var info = attachments.Select((a, i) => (Key: $"attachment{i + 1}", Value: new { filename = a.FileName, name = a.FileName, type = a.ContentType }))
                .ToDictionary(p => p.Key, p => p.Value);
            builder.Field("attachment-info", JsonSerializer.Serialize(info, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            for (var i = 0; i < attachments.Length; i++)
            {
                builder.File($"attachment{i + 1}", Encoding.UTF8.GetBytes(attachments[i].FileName), attachments[i].ContentType, attachments[i].Content);
            }
        }

        return builder;
    }

    /// <summary>Raw mode ("POST the raw, full MIME message"): the mail itself in the email field.</summary>
    public static SendGridPayloadBuilder Raw(byte[] email, string from, string to = "tougao@parse.example.org", string spf = "pass", string dkim = "{@example.org : pass}") =>
        new SendGridPayloadBuilder()
            .Field("dkim", dkim)
            .Field("email", email)
            .Field("to", to)
            .Field("from", from)
            .Field("sender_ip", "192.0.2.10")
            .Field("envelope", $$"""{"to":["{{Address(to)}}"],"from":"{{Address(from)}}"}""")
            .Field("subject", "(see email)")
            .Field("spam_score", "0.011")
            .Field("charsets", """{"to":"UTF-8","subject":"UTF-8","from":"UTF-8"}""")
            .Field("SPF", spf);

    public SendGridPayloadBuilder Field(string name, string value) => Field(name, Encoding.UTF8.GetBytes(value));

    public SendGridPayloadBuilder Field(string name, byte[] value)
    {
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n");
        body.Write(value);
        Write("\r\n");
        return this;
    }

    /// <summary>A file part; the file name goes into the header as the given bytes, as SendGrid passes them.</summary>
    public SendGridPayloadBuilder File(string name, byte[] fileName, string contentType, byte[] content)
    {
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"");
        body.Write(fileName);
        Write($"\"\r\nContent-Type: {contentType}\r\n\r\n");
        body.Write(content);
        Write("\r\n");
        return this;
    }

    public byte[] Build() => [.. body.ToArray(), .. Encoding.ASCII.GetBytes($"--{Boundary}--\r\n")];

    /// <summary>The body cut off inside its last part, as a dropped connection leaves it: no closing boundary.</summary>
    public byte[] BuildTruncated() => body.ToArray()[..^7];

    public Task<InboundParseResult> ParseAsync() => Parse(Build(), ContentType);

    public static Task<InboundParseResult> Parse(byte[] body, string contentType) =>
        SendGridInboundParser.ParseAsync(new MemoryStream(body), contentType, CancellationToken.None);

    private static string Address(string mailbox) => mailbox.Contains('<') ? mailbox[(mailbox.IndexOf('<') + 1)..mailbox.IndexOf('>')] : mailbox;

    private void Write(string ascii) => body.Write(Encoding.UTF8.GetBytes(ascii));
}
