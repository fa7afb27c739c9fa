using System.Globalization;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues;

/// <summary>The fields of 新建一期: the checked submissions with their order numbers, the series headline and its part (none:
/// continue the last issue with that headline), the issue's lines and the 责任编辑.</summary>
internal sealed record IssueForm(IReadOnlyList<string> Chosen, string Series, int? Part, string SentTo, string IssuedTo, DateOnly Date, string Editors = "")
{
    private static readonly char[] NameSeparators = [' ', '\u3000', '、', ',', '，', ';', '；'];

    public static IssueForm Defaults(BulletinOptions settings, DateOnly today, string editor) =>
        new([], "", null, settings.DefaultSentTo, settings.DefaultIssuedTo, today, editor);

    /// <summary>The posted form; the chosen submissions sorted by their order numbers (ties keep the page's order).</summary>
    public static IssueForm Read(IFormCollection posted, DateOnly today)
    {
        var chosen = posted["article"].Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct()
            .Select((id, n) => (id, n, order: int.TryParse(posted[$"order-{id}"], CultureInfo.InvariantCulture, out var o) ? o : int.MaxValue))
            .OrderBy(c => c.order).ThenBy(c => c.n).Select(c => c.id).ToList();
        int? part = int.TryParse(posted["part"], CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 999 ? p : null;
        var date = DateOnly.TryParseExact(posted["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : today;
        return new IssueForm(chosen, posted["series"].ToString().Trim(), part, posted["sentTo"].ToString(), posted["issuedTo"].ToString(), date,
            posted["editors"].ToString())
        {
            SeriesId = posted["seriesId"].ToString().Trim() is { Length: > 0 } id ? id : IssueSeries.DefaultId,
        };
    }

    /// <summary>The series (刊物) chosen, the default one unless the form names another.</summary>
    public string SeriesId { get; init; } = IssueSeries.DefaultId;

    /// <summary>The names in a 责任编辑 field, separated by spaces, 、 or commas.</summary>
    public static string[] Names(string editors) => editors.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IssueDraft ToDraft(string editor) =>
        new(Chosen, Series.Length == 0 ? null : new SeriesHeadline(Series, Part ?? SeriesHeadline.NextPart), SentTo, IssuedTo, Date, editor)
        {
            SeriesId = SeriesId, Editors = Names(Editors),
        };
}
