using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.IO;

namespace Bulletin.Intake.Inbound;

/// <summary>
/// The multipart/form-data body SendGrid posts, read as bytes: fields keep the bytes of the charset the mail
/// used (SendGrid passes them through), files keep their exact content. The body is parsed in place (MimeKit's
/// persistent mode): fields sent as they are (no transfer encoding, as SendGrid sends them) are slices of the body,
/// and each file is decoded once into an array of its exact size.
/// </summary>
internal sealed partial class SendGridForm
{
    private SendGridForm(Dictionary<string, ReadOnlyMemory<byte>> fields, List<FormFile> files)
    {
        Fields = fields;
        Files = files;
    }

    public IReadOnlyDictionary<string, ReadOnlyMemory<byte>> Fields { get; }

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
        // As MimeEntity.Load(options, contentType, stream) does, but persistent: the parts refer to the body.
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        var header = Encoding.UTF8.GetBytes(type.ToString(format, Encoding.UTF8, encode: true) + "\r\n\r\n");
        using var source = new ChainedStream();
        source.Add(new MemoryStream(header, writable: false));
        source.Add(new MemoryStream(body, writable: false));
        var entity = MimeEntity.Load(InboundMimeOptions.Parser, source, persistent: true);
        if (entity is not Multipart multipart)
        {
            throw new InboundPayloadException("The request body is not a multipart body.");
        }

        var fields = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.OrdinalIgnoreCase);
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
                fields.TryAdd(name, InPlace(part, source, header.Length, body) ?? Content(part));
            }
        }

        return new SendGridForm(fields, files);
    }

    /// <summary>A raw header value, unlabelled 8-bit read as UTF-8 or GB18030.</summary>
    public static string? RawHeader(MimeEntity entity, HeaderId id) =>
        entity.Headers.FirstOrDefault(h => h.Id == id) is { } header ? InboundCharsets.DecodeUnlabelled(header.RawValue) : null;

    /// <summary>
    /// The decoded content of a part (a non-leaf part: its content as written), in an array of exactly its size:
    /// the size is measured first (for content sent as it is, the length of its stream), then the bytes decoded once.
    /// </summary>
    public static byte[] Content(MimeEntity entity)
    {
        var expected = entity switch
        {
            MimePart { Content: null } => 0,
            MimePart { Content: { Stream: { CanSeek: true } stream } sent } when IsAsSent(sent.Encoding) => stream.Length,
            _ => Measure(entity, WriteContent),
        };
        using var content = new MemoryStream(checked((int)expected));
        WriteContent(entity, content);
        return content.Length == content.Capacity ? content.GetBuffer() : content.ToArray();
    }

    private static void WriteContent(MimeEntity entity, Stream target)
    {
        if (entity is MimePart part)
        {
            part.Content?.DecodeTo(target);
        }
        else
        {
            entity.WriteTo(FormatOptions.Default, target, contentOnly: true);
        }
    }

    private static long Measure(MimeEntity entity, Action<MimeEntity, Stream> write)
    {
        using var measuring = new MeasuringStream();
        write(entity, measuring);
        return measuring.Length;
    }

    // Content sent without a transfer encoding decodes to itself.
    private static bool IsAsSent(ContentEncoding encoding) =>
        encoding is ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary;

    // A part sent as it is, parsed in place: its bytes are a slice of the body, no copy needed.
    private static ReadOnlyMemory<byte>? InPlace(MimeEntity entity, Stream source, int headerLength, byte[] body) =>
        entity is MimePart { Content: { } content } && IsAsSent(content.Encoding)
            && content.Stream is BoundStream { BaseStream: var parsed, StartBoundary: var start, EndBoundary: var end }
            && ReferenceEquals(parsed, source) && start >= headerLength && end >= start && end - headerLength <= body.Length
                ? new ReadOnlyMemory<byte>(body, (int)(start - headerLength), (int)(end - start))
                : (ReadOnlyMemory<byte>?)null; // not a bare null: that would convert to an empty slice

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
