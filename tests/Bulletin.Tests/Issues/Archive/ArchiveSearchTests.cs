using Bulletin.Issues;
using Bulletin.Issues.Archive;
using Bulletin.Tests.Issues.Storage;

namespace Bulletin.Tests.Issues.Archive;

/// <summary>Search in the archive: words in a title or unit (every word somewhere in the issue), and the year.</summary>
public sealed class ArchiveSearchTests
{
    private static readonly AssembledIssue Seed = StoredIssues.Seed(2020, 20, IssueState.Published);

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("", 2020, true)]
    [InlineData("区总工会", null, true)]
    [InlineData("重点项目", null, true)]
    [InlineData("新安路 关爱", 2020, true)]
    [InlineData("新安路\u3000关爱", null, true)]
    [InlineData("区总工会", 2021, false)]
    [InlineData("中心路街道", null, false)]
    [InlineData("新安路 防汛", null, false)]
    public void An_issue_matches_when_every_word_is_in_a_title_or_unit_and_the_year_fits(string? text, int? year, bool matches)
    {
        Assert.Equal(matches, new ArchiveSearch(text, year).Matches(Seed));
    }

    [Fact]
    public void Latin_letters_match_in_either_case()
    {
        var issue = Seed with { Articles = [new AssembledArticle("S1", "区教育局开展STEM课程展示", ["正文"], "区教育局")] };

        Assert.True(new ArchiveSearch("stem", null).Matches(issue));
    }
}
