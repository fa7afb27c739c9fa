using Bulletin.Functions.Pages;
using System.Globalization;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Archive.Storage;
using Bulletin.Issues.Storage;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues.Archive;

/// <summary>The archive as the dashboard and the recipients' page both show it: a search form (GET, read only) and the
/// published issues found, newest first, each with its articles and links to its HTML, DOCX and PDF.</summary>
internal static class ArchiveListHtml
{
    private const string ItemStyle = "border-bottom:1px solid #ddd;padding:.8rem 0;overflow-wrap:anywhere";
    private const string LinkStyle = "display:inline-block;padding:.3rem .8rem;margin:.3rem .4rem 0 0;border:1px solid #c00;border-radius:.4rem;color:#c00;text-decoration:none";

    /// <param name="action">Where the search form goes (its own page).</param>
    /// <param name="hidden">Fields the form carries along, e.g. the link token.</param>
    /// <param name="download">The address of one document of an issue.</param>
    public static Html Render(ArchiveListing listing, ArchiveSearch search, string? problem, string action,
        IReadOnlyDictionary<string, string> hidden, Func<AssembledIssue, IssueDocumentKind, string> download) => Html.Of(
        $"{Form(listing, search, action, hidden)}" +
        $"{(problem is null ? Html.Empty : Html.Of($"<p class=\"error\" role=\"alert\">{problem}</p>"))}" +
        $"<p class=\"hint\" id=\"found\">共 {listing.Issues.Count.ToString(CultureInfo.InvariantCulture)} 期</p>" +
        $"{(listing.Issues.Count == 0
            ? Html.Of($"<p class=\"hint\">没有找到符合条件的简报。</p>")
            : Html.Of($"<ul id=\"archive\" style=\"{DashboardLayout.ListStyle}\">{listing.Issues.Select(i => Item(i, listing.Snippets.GetValueOrDefault(IssueSearchIndex.RowOf(i)), download))}</ul>"))}");

    private static Html Form(ArchiveListing listing, ArchiveSearch search, string action, IReadOnlyDictionary<string, string> hidden)
    {
        // A year searched for that has no issue stays selected, so the form shows what was searched.
        var choices = search.Year is { } searched && !listing.Years.Contains(searched) ? listing.Years.Append(searched).OrderDescending() : listing.Years.AsEnumerable();
        var years = choices.Select(y => Html.Of($"<option value=\"{y}\"{(search.Year == y ? " selected" : "")}>{y}年</option>"));
        return Html.Of($"<form method=\"get\" action=\"{action}\" role=\"search\" style=\"margin-bottom:1rem\">" +
            $"{hidden.Select(h => Html.Of($"<input type=\"hidden\" name=\"{h.Key}\" value=\"{h.Value}\">"))}" +
            $"<label for=\"q\">标题或单位（也查正文）</label><input id=\"q\" name=\"q\" type=\"search\" maxlength=\"{ArchiveRequest.MaxTextLength}\" value=\"{search.Text}\" placeholder=\"例如：新安路街道、疫情防控\">" +
            $"<label for=\"year\">年份</label><select id=\"year\" name=\"year\"><option value=\"\">全部年份</option>{years}</select>" +
            $"<button type=\"submit\">查找</button></form>");
    }

    private static Html Item(AssembledIssue issue, IssueSnippet? snippet, Func<AssembledIssue, IssueDocumentKind, string> download) => Html.Of(
        $"<li style=\"{ItemStyle}\" data-issue=\"{issue.Year}/{issue.Number}\" data-series=\"{issue.SeriesId}\">" +
        $"<strong>{issue.BulletinName} {issue.Year}年第{issue.Number}期</strong> <span class=\"hint\">（总第{issue.TotalNumber}期） {IssueText.Date(issue.Date)}</span>" +
        $"<ol style=\"margin:.4rem 0;padding-left:1.4rem\">" +
        $"{issue.Articles.Select(a => Html.Of($"<li>{a.Title}<span class=\"hint\">（{a.Unit}）</span></li>"))}</ol>" +
        $"{(snippet is { } s ? Html.Of($"<p class=\"snippet\" style=\"margin:.2rem 0;color:#444\">{s.ToHtml()}</p>") : Html.Empty)}" +
        $"{Enum.GetValues<IssueDocumentKind>().Select(k => Html.Of($"<a href=\"{download(issue, k)}\" style=\"{LinkStyle}\" download>{k.ToString().ToUpperInvariant()}</a>"))}" +
        $"</li>");
}
