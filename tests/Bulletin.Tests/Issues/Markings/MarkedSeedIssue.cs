using Bulletin.Issues;
using Bulletin.Issues.Markings;

namespace Bulletin.Tests.Issues.Markings;

/// <summary>The seed issue with every print marking set: classified 秘密★1年 with 份号 000123, 共印50份, an issue-level 编者按 and
/// one before the second article.</summary>
internal static class MarkedSeedIssue
{
    public const string IssueNote = "本期刊发两个单位服务重点项目和关爱一线职工的做法，供各单位学习借鉴。";
    public const string ArticleNote = "区总工会的做法值得推广，请各单位结合实际参照。";

    public static BulletinIssue Model(PrintMarkings? markings = null)
    {
        var seed = SeedIssue.Model();
        return seed with
        {
            Articles = [seed.Articles[0], seed.Articles[1] with { EditorsNote = ArticleNote }],
            Markings = markings ?? new PrintMarkings("秘密", "1年", false, 50, 123),
            EditorsNote = IssueNote,
        };
    }

    /// <summary>Asserts that every one of <paramref name="order"/> is in <paramref name="text"/>, in that order.</summary>
    public static void AssertInOrder(IReadOnlyList<string> order, string text)
    {
        var positions = order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), $"missing: {string.Join("、", order.Where((s, i) => positions[i] < 0))}");
        Assert.Equal(positions.Order(), positions);
    }
}
