using System.Globalization;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues.Archive;

/// <summary>What an archive request asks for: the search in the query string (<c>q</c>, <c>year</c>), or one document by
/// year, number and kind from the route.</summary>
internal static class ArchiveRequest
{
    public const int MaxTextLength = 50;

    /// <summary>The search typed into the form; a year that is not a year is a problem to show, not an error page.</summary>
    public static (ArchiveSearch Search, string? Problem) Search(IQueryCollection query)
    {
        var text = query["q"].ToString().Trim();
        if (text.Length > MaxTextLength)
            text = text[..MaxTextLength];
        var yearText = query["year"].ToString().Trim();
        if (yearText.Length == 0)
            return (new ArchiveSearch(text, null), null);
        return int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2999
            ? (new ArchiveSearch(text, year), null)
            : (new ArchiveSearch(text, null), "年份应为四位数字，例如 2020；已按全部年份查找。");
    }

    /// <summary>The series a document request names (<c>?series=</c>); the default series when it names none.</summary>
    public static string Series(IQueryCollection query) =>
        query["series"].ToString().Trim() is { Length: > 0 } series ? series : Bulletin.Issues.Publications.IssueSeries.DefaultId;

    /// <summary>"?series=…" (or "&amp;series=…" after <paramref name="separator"/> '&amp;') for an issue outside the default
    /// series, to follow a document address; else nothing, so the default series' addresses stay as they were.</summary>
    public static string SeriesParameter(AssembledIssue issue, char separator) =>
        issue.SeriesId == Bulletin.Issues.Publications.IssueSeries.DefaultId ? "" : $"{separator}series={Uri.EscapeDataString(issue.SeriesId)}";

    /// <summary>The document named by the route, e.g. 2020 / 20 / pdf; null when any part is not one.</summary>
    public static (int Year, int Number, IssueDocumentKind Kind)? Document(string year, string number, string kind)
    {
        IssueDocumentKind? parsed = kind.ToLowerInvariant() switch
        {
            "html" => IssueDocumentKind.Html,
            "docx" => IssueDocumentKind.Docx,
            "pdf" => IssueDocumentKind.Pdf,
            _ => null,
        };
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && parsed is { } k ? (y, n, k) : null;
    }
}
