using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public class HeadlineBreakerTests
{
    [Fact]
    public void The_seed_headline_breaks_at_a_space_not_inside_its_quotation() =>
        Assert.Equal(["精准服务 主动作为 ", "夺取疫情防控和经济社会发展“双胜利”（四）"], Lines("精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”（四）", 24));

    [Fact]
    public void Of_the_fewest_lines_the_most_balanced_is_taken() =>
        Assert.Equal(["一二，", "三四，五六"], Lines("一二，三四，五六", 6));

    [Fact]
    public void Numbers_stay_whole() =>
        Assert.Null(HeadlineBreaker.Break("共计2020家", Unit("共计2020家"), 4));

    [Fact]
    public void A_headline_with_no_phrase_boundary_that_fits_gets_no_lines() =>
        Assert.Null(HeadlineBreaker.Break("“一二三四五六”", Unit("“一二三四五六”"), 4));

    private static IEnumerable<string> Lines(string text, int width) =>
        HeadlineBreaker.Break(text, Unit(text), width)!.Select(r => text.Substring(r.Start, r.Length));

    private static double[] Unit(string text) => [.. text.Select(_ => 1.0)];
}
