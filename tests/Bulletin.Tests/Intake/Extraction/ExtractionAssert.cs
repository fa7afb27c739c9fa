using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Assertions that show the whole title and paragraph list when an extraction differs.</summary>
public static class ExtractionAssert
{
    public static void Article(ExtractedArticle expected, ArticleExtraction actual)
    {
        Assert.Null(actual.Refusal);
        Assert.NotNull(actual.Article);
        Assert.Equal(expected.Title, actual.Article.Title);
        Assert.Equal(expected.Paragraphs, actual.Article.Paragraphs);
    }

    public static void Refused(ArticleExtraction actual, string containing)
    {
        Assert.False(actual.Succeeded);
        Assert.Null(actual.Article);
        Assert.Contains(containing, actual.Refusal);
    }
}
