using System.Globalization;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues;

/// <summary>The adopted articles a page offers for an issue: those received in the last <see cref="Months"/> months
/// (<c>?months=</c>, default <see cref="IssueDesk.FreeArticleMonths"/>), with a link that looks further back.</summary>
internal sealed record FreeArticleChoice(IReadOnlyList<SubmissionSummary> Articles, int Months)
{
    private const int MostMonths = 60;

    public static async Task<FreeArticleChoice> ReadAsync(HttpRequest request, IssueDesk desk, IReadOnlyList<AssembledIssue> issues, DateOnly today,
        CancellationToken cancellationToken)
    {
        var months = int.TryParse(request.Query["months"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 1, MostMonths) : IssueDesk.FreeArticleMonths;
        return new FreeArticleChoice(await desk.FreeArticlesAsync(issues, IssueDesk.FreeArticlesFrom(today, months), cancellationToken), months);
    }

    /// <summary>What the list covers, and the link to a longer one (on <paramref name="path"/>, the page itself).</summary>
    public Html Hint(string path)
    {
        var further = Months < 12 ? 12 : MostMonths;
        return Html.Of($"<p class=\"hint\" id=\"free-window\">列出近 {Months} 个月报送、已采用、尚未编入的稿件。" +
            $"{(Months < MostMonths ? Html.Of($"<a href=\"{path}?months={further}\">列出近 {further} 个月的</a>") : Html.Empty)}</p>");
    }
}
