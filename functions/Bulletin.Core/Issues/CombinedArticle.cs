using Bulletin.Intake;

namespace Bulletin.Issues;

/// <summary>Makes an issue article of adopted submissions: one submission as it was adopted (独编), several as a 综合稿
/// whose title and text default to the first one's title and all texts in order, and whose unit line names every unit
/// in the wording of setting <c>Bulletin:CombinedUnitLine</c>.</summary>
public static class CombinedArticle
{
    public const string UnitsPlaceholder = "{units}";

    public static AssembledArticle From(IReadOnlyList<Submission> submissions, DraftArticle asked, string unitLineFormat) =>
        Combine(submissions, asked, unitLineFormat) with { EditorsNote = Markings.EditorsNote.Clean(asked.EditorsNote) };

    private static AssembledArticle Combine(IReadOnlyList<Submission> submissions, DraftArticle asked, string unitLineFormat)
    {
        var first = submissions[0];
        var paragraphs = string.IsNullOrWhiteSpace(asked.Text)
            ? submissions.SelectMany(s => s.AdoptedParagraphs).ToList()
            : asked.Text.Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var title = string.IsNullOrWhiteSpace(asked.Title) ? first.AdoptedTitle : asked.Title.Trim();
        if (submissions.Count == 1)
            return new AssembledArticle(first.Id, title, paragraphs, first.Unit) { Photos = first.Photos };
        return new AssembledArticle(first.Id, title, paragraphs, UnitLine(submissions.Select(s => s.Unit), unitLineFormat))
        {
            Sources = submissions.Select(s => new ArticleSource(s.Id, s.Unit)).ToList(),
            Photos = PhotosOf(submissions),
        };
    }

    // Each submission's photos after its own paragraphs, which follow the texts before it (an edited text keeps the places).
    private static List<ArticlePhoto> PhotosOf(IReadOnlyList<Submission> submissions)
    {
        var photos = new List<ArticlePhoto>();
        var before = 0;
        foreach (var s in submissions)
        {
            photos.AddRange(s.Photos.Select(p => p with { AfterParagraph = before + p.AfterParagraph }));
            before += s.AdoptedParagraphs.Count;
        }
        return photos;
    }

    /// <summary>根据新安路街道、区总工会报送信息综合: the units once each, in order, joined by 、.</summary>
    public static string UnitLine(IEnumerable<string> units, string format) =>
        format.Replace(UnitsPlaceholder, string.Join("、", units.Distinct()), StringComparison.Ordinal);
}
