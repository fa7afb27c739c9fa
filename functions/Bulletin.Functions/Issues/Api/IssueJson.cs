using System.Globalization;
using System.Text.Json;
using Bulletin.Distribution.Delivery;
using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Issues.Markings;

namespace Bulletin.Functions.Issues.Api;

/// <summary>Issues as the editorial API shows them (camelCase, DESIGN §5), and the body of <c>POST /api/issues</c>.</summary>
internal static class IssueJson
{
    public static string State(IssueState state) => state switch
    {
        IssueState.Draft => "draft",
        IssueState.SignedOff => "signed-off",
        _ => "published",
    };

    public static IssueState? ParseState(string? text) => text switch
    {
        "draft" => IssueState.Draft,
        "signed-off" => IssueState.SignedOff,
        "published" => IssueState.Published,
        _ => null,
    };

    public static object Created(AssembledIssue i) => new { series = i.SeriesId, year = i.Year, number = i.Number, total = i.TotalNumber, state = State(i.State) };

    public static object Of(AssembledIssue i, DeliveryReport? delivery = null) => new
    {
        series = i.SeriesId, year = i.Year, number = i.Number, total = i.TotalNumber, state = State(i.State), date = Date(i.Date),
        masthead = i.BulletinName, office = i.Office, seriesHeadline = i.Series?.Text, seriesPart = i.Series?.Part,
        sentUpTo = i.SentUpTo, issuedTo = i.IssuedTo, editors = i.Editors,
        classification = i.Markings.Classification, secrecyPeriod = i.Markings.SecrecyPeriod, internalOnly = i.Markings.InternalOnly,
        copies = i.Markings.Copies, copyNumber = i.Markings.IsClassified ? i.Markings.CopyNumber ?? 1 : (int?)null, editorsNote = i.EditorsNote,
        articles = i.Articles.Select(a => new
        {
            submissions = a.Contributors.Select(c => c.SubmissionId), title = a.Title, text = string.Join("\n", a.Paragraphs), unit = a.Unit,
            units = a.Contributors.Select(c => c.Unit), combined = a.IsCombined, editorsNote = a.EditorsNote,
        }),
        delivery = delivery is null ? null : Delivery(delivery),
    };

    /// <summary>Recipients and a count per state (pending, accepted, deferred, delivered, bounced, dropped, refused).</summary>
    private static Dictionary<string, int> Delivery(DeliveryReport report) =>
        Enum.GetValues<DeliveryState>().ToDictionary(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), report.Count)
            .Prepend(new("recipients", report.Total)).ToDictionary();

    /// <summary>One row of the list: the issue and, for a search, the article title matched and the snippet with the match in
    /// <c>&lt;mark&gt;</c> (the rest HTML-encoded, so the snippet is safe to show as HTML).</summary>
    public static object Row(AssembledIssue i, string? title, IssueSnippet? snippet) => new
    {
        series = i.SeriesId, year = i.Year, number = i.Number, date = Date(i.Date), state = State(i.State), title,
        snippet = snippet?.ToHtml().ToString(),
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public sealed record CreateBody(string? Series, string? Date, IReadOnlyList<ArticleBody>? Articles, string? SeriesHeadline, int? SeriesPart,
        string? SentUpTo, string? IssuedTo, IReadOnlyList<string>? Editors, string? Editor, string? Classification, string? SecrecyPeriod,
        bool? InternalOnly, int? Copies, int? CopyNumber, string? EditorsNote)
    {
        public MarkingsChange Markings => new(Classification, SecrecyPeriod, InternalOnly, Copies, CopyNumber);
    }

    public sealed record ArticleBody(IReadOnlyList<string>? Submissions, string? Title, string? Text, string? EditorsNote);
}
