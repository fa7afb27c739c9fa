using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// The multipart/form-data body SendGrid posts, read as bytes: fields keep the bytes of the charset the mail
/// used (SendGrid passes them through), files keep their exact content.
/// </summary>
internal sealed partial class SendGridForm
{
    private SendGridForm(Dictionary<string, byte[]> fields, List<FormFile> files)
    {
        Fields = fields;
        Files = files;
    }

    public IReadOnlyDictionary<string, byte[]> Fields { get; }

    public IReadOnlyList<FormFile> Files { get; }

    [GeneratedRegex(@"^attachment\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex AttachmentField();

    public static SendGridForm Read(byte[] body, string? contentType)
    {
        if (!ContentType.TryParse(contentType ?? string.Empty, out var type) || !type.IsMimeType("multipart", "form-data"))
        {
            throw new InboundPayloadException($"The request is not multipart/form-data (Content-Type: {Shorten(contentType)}).");
        }

        if (string.IsNullOrEmpty(type.Boundary))
        {
            throw new InboundPayloadException("The multipart/form-data Content-Type names no boundary.");
        }

        EnsureClosed(body, type.Boundary);
        var entity = MimeEntity.Load(InboundMimeOptions.Parser, type, new MemoryStream(body, writable: false));
        if (entity is not Multipart multipart)
        {
            throw new InboundPayloadException("The request body is not a multipart body.");
        }

        var fields = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var files = new List<FormFile>();
        foreach (var part in multipart)
        {
            var name = part.ContentDisposition?.Parameters["name"];
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var disposition = RawHeader(part, HeaderId.ContentDisposition);
            var fileName = disposition is null ? null : FileNameParameter.Read(disposition, "filename");
            if (fileName is not null || AttachmentField().IsMatch(name))
            {
                var partType = part.Headers.Contains(HeaderId.ContentType) ? part.ContentType.MimeType : null;
                files.Add(new FormFile(name, fileName, partType, Content(part)));
            }
            else
            {
                fields.TryAdd(name, Content(part));
            }
        }

        return new SendGridForm(fields, files);
    }

    /// <summary>A raw header value, unlabelled 8-bit read as UTF-8 or GB18030.</summary>
    public static string? RawHeader(MimeEntity entity, HeaderId id) =>
        entity.Headers.FirstOrDefault(h => h.Id == id) is { } header ? InboundCharsets.DecodeUnlabelled(header.RawValue) : null;

    public static byte[] Content(MimeEntity entity)
    {
        using var content = new MemoryStream();
        if (entity is MimePart part)
        {
            part.Content?.DecodeTo(content);
        }
        else
        {
            entity.WriteTo(FormatOptions.Default, content, contentOnly: true);
        }

        return content.ToArray();
    }

    // MimeKit reads a body cut short without complaint; a mail cut short must not pass as a whole one.
    private static void EnsureClosed(byte[] body, string boundary)
    {
        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var last = body.AsSpan().LastIndexOf(delimiter);
        if (last < 0)
        {
            throw new InboundPayloadException("The multipart body holds no part for its boundary.");
        }

        if (!body.AsSpan(last + delimiter.Length).StartsWith("--"u8))
        {
            throw new InboundPayloadException("The multipart body is truncated: its closing boundary is missing.");
        }
    }

    private static string Shorten(string? value) =>
        string.IsNullOrEmpty(value) ? "none" : value.Length <= 80 ? value : value[..80] + "…";
}

/// <summary>A file part of the form: its field name (attachment1…), the file name it carried, its media type and bytes.</summary>
internal sealed record FormFile(string FieldName, string? FileName, string? ContentType, byte[] Content);
