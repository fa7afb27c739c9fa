using System.Globalization;

namespace Bulletin.Issues.Storage;

/// <summary>One rendering of an issue as a file: its blob name under the issue's prefix, its download names and content type.</summary>
public sealed record IssueDocument(int Year, int Number, string BulletinName, IssueDocumentKind Kind, BinaryData Content)
{
    /// <summary>The series (刊物) the issue belongs to; the default series' documents keep the prefix they had before series.</summary>
    public string Series { get; init; } = Bulletin.Issues.Publications.IssueSeries.DefaultId;

    /// <summary>The document of <paramref name="issue"/> (any series) of this kind; empty content, for its names.</summary>
    public static IssueDocument Of(AssembledIssue issue, IssueDocumentKind kind) =>
        new(issue.Year, issue.Number, issue.BulletinName, kind, BinaryData.Empty) { Series = issue.SeriesId };

    public string Extension => Kind.ToString().ToLowerInvariant();

    /// <summary>{year}/{number:D3}/, shared by the issue's three documents.</summary>
    public static string Prefix(int year, int number) => $"{year:D4}/{number.ToString("D3", CultureInfo.InvariantCulture)}/";

    /// <summary>As above, under <c>{series}/</c> outside the default series, so series numbered alike never share a name.</summary>
    public static string Prefix(string series, int year, int number) =>
        (series == Bulletin.Issues.Publications.IssueSeries.DefaultId ? "" : series + "/") + Prefix(year, number);

    /// <summary>上街信息-2020年第20期.pdf, the name people see.</summary>
    public string FileName => $"{BulletinName}-{Year}年第{Number}期.{Extension}";

    /// <summary>bulletin-2020-020.pdf, for clients that cannot read the RFC 5987 name.</summary>
    public string AsciiFileName => $"bulletin-{Year}-{Number.ToString("D3", CultureInfo.InvariantCulture)}.{Extension}";

    public string BlobName => Prefix(Series, Year, Number) + FileName;

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
