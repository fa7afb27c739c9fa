using System.Globalization;
using Bulletin.Issues;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues;

/// <summary>The fields of 新建一期: the checked submissions with their order numbers, the series headline and the issue's lines.</summary>
internal sealed record IssueForm(IReadOnlyList<string> Chosen, string Series, int Part, string SentTo, string IssuedTo, DateOnly Date)
{
    public static IssueForm Defaults(BulletinOptions settings, DateOnly today) => new([], "", 1, settings.DefaultSentTo, settings.DefaultIssuedTo, today);

    /// <summary>The posted form; the chosen submissions sorted by their order numbers (ties keep the page's order).</summary>
    public static IssueForm Read(IFormCollection posted, DateOnly today)
    {
        var chosen = posted["article"].Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct()
            .Select((id, n) => (id, n, order: int.TryParse(posted[$"order-{id}"], CultureInfo.InvariantCulture, out var o) ? o : int.MaxValue))
            .OrderBy(c => c.order).ThenBy(c => c.n).Select(c => c.id).ToList();
        var part = int.TryParse(posted["part"], CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= 999 ? p : 1;
        var date = DateOnly.TryParseExact(posted["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : today;
        return new IssueForm(chosen, posted["series"].ToString().Trim(), part, posted["sentTo"].ToString(), posted["issuedTo"].ToString(), date)
        {
            SeriesId = posted["seriesId"].ToString().Trim() is { Length: > 0 } id ? id : IssueSeries.DefaultId,
        };
    }

    /// <summary>The series (刊物) chosen, the default one unless the form names another.</summary>
    public string SeriesId { get; init; } = IssueSeries.DefaultId;

    public IssueDraft ToDraft(string editor) =>
        new(Chosen, Series.Length == 0 ? null : new SeriesHeadline(Series, Part), SentTo, IssuedTo, Date, editor) { SeriesId = SeriesId };
}
