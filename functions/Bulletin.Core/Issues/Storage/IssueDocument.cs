using System.Globalization;

namespace Bulletin.Issues.Storage;

/// <summary>One rendering of an issue as a file: its blob name under the issue's prefix, its download names and content type.</summary>
public sealed record IssueDocument(int Year, int Number, string BulletinName, IssueDocumentKind Kind, BinaryData Content)
{
    public string Extension => Kind.ToString().ToLowerInvariant();

    /// <summary>{year}/{number:D3}/, shared by the issue's three documents.</summary>
    public static string Prefix(int year, int number) => $"{year:D4}/{number.ToString("D3", CultureInfo.InvariantCulture)}/";

    /// <summary>上街信息-2020年第20期.pdf, the name people see.</summary>
    public string FileName => $"{BulletinName}-{Year}年第{Number}期.{Extension}";

    /// <summary>bulletin-2020-020.pdf, for clients that cannot read the RFC 5987 name.</summary>
    public string AsciiFileName => $"bulletin-{Year}-{Number.ToString("D3", CultureInfo.InvariantCulture)}.{Extension}";

    public string BlobName => Prefix(Year, Number) + FileName;

    public string ContentType => Kind switch
    {
        IssueDocumentKind.Html => "text/html; charset=utf-8",
        IssueDocumentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _ => "application/pdf",
    };

    /// <summary>attachment; filename="bulletin-2020-020.pdf"; filename*=UTF-8''%E4%B8%8A… (RFC 6266 with RFC 5987).</summary>
    public string ContentDisposition => $"attachment; filename=\"{AsciiFileName}\"; filename*=UTF-8''{Uri.EscapeDataString(FileName)}";
}

public enum IssueDocumentKind
{
    Html,
    Docx,
    Pdf,
}
