using Bulletin.Functions.Pages;
using System.Globalization;
using Bulletin.Functions.Dashboard;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Storage;
using static Bulletin.Functions.Pages.HtmlPage;

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
    public static string Render(ArchiveListing listing, ArchiveSearch search, string? problem, string action,
        IReadOnlyDictionary<string, string> hidden, Func<AssembledIssue, IssueDocumentKind, string> download) =>
        Form(listing, search, action, hidden) +
        (problem is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(problem)}</p>") +
        $"<p class=\"hint\" id=\"found\">共 {listing.Issues.Count.ToString(CultureInfo.InvariantCulture)} 期</p>" +
        (listing.Issues.Count == 0
            ? "<p class=\"hint\">没有找到符合条件的简报。</p>"
            : $"<ul id=\"archive\" style=\"{DashboardLayout.ListStyle}\">" + string.Concat(listing.Issues.Select(i => Item(i, download))) + "</ul>");

    private static string Form(ArchiveListing listing, ArchiveSearch search, string action, IReadOnlyDictionary<string, string> hidden)
    {
        // A year searched for that has no issue stays selected, so the form shows what was searched.
        var choices = search.Year is { } searched && !listing.Years.Contains(searched) ? listing.Years.Append(searched).OrderDescending() : listing.Years.AsEnumerable();
        var years = "<option value=\"\">全部年份</option>" + string.Concat(choices.Select(y =>
            $"<option value=\"{y}\"{(search.Year == y ? " selected" : "")}>{y}年</option>"));
        return $"<form method=\"get\" action=\"{Encode(action)}\" role=\"search\" style=\"margin-bottom:1rem\">" +
            string.Concat(hidden.Select(h => $"<input type=\"hidden\" name=\"{Encode(h.Key)}\" value=\"{Encode(h.Value)}\">")) +
            $"<label for=\"q\">标题或单位</label><input id=\"q\" name=\"q\" type=\"search\" maxlength=\"{ArchiveRequest.MaxTextLength}\" value=\"{Encode(search.Text)}\" placeholder=\"例如：新安路街道、疫情防控\">" +
            $"<label for=\"year\">年份</label><select id=\"year\" name=\"year\">{years}</select>" +
            "<button type=\"submit\">查找</button></form>";
    }

    private static string Item(AssembledIssue issue, Func<AssembledIssue, IssueDocumentKind, string> download) =>
        $"<li style=\"{ItemStyle}\" data-issue=\"{issue.Year}/{issue.Number}\">" +
        $"<strong>{Encode(issue.BulletinName)} {issue.Year}年第{issue.Number}期</strong> <span class=\"hint\">（总第{issue.TotalNumber}期） {Encode(IssueText.Date(issue.Date))}</span>" +
        "<ol style=\"margin:.4rem 0;padding-left:1.4rem\">" +
        string.Concat(issue.Articles.Select(a => $"<li>{Encode(a.Title)}<span class=\"hint\">（{Encode(a.Unit)}）</span></li>")) + "</ol>" +
        string.Concat(Enum.GetValues<IssueDocumentKind>().Select(k =>
            $"<a href=\"{Encode(download(issue, k))}\" style=\"{LinkStyle}\" download>{k.ToString().ToUpperInvariant()}</a>")) +
        "</li>";
}
