using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public class ChineseLineBreakerTests
{
    [Fact]
    public void Chinese_text_breaks_between_any_two_characters() =>
        Assert.Equal(["一二三", "四五六", "七"], Lines("一二三四五六七", 3));

    [Fact]
    public void A_line_never_starts_with_closing_punctuation() =>
        Assert.Equal(["一二", "三，四", "五六"], Lines("一二三，四五六", 3));

    [Fact]
    public void A_line_never_ends_with_opening_punctuation() =>
        Assert.Equal(["一二", "“三”", "四五"], Lines("一二“三”四五", 3));

    [Fact]
    public void Numbers_and_latin_words_stay_whole() =>
        Assert.Equal(["共计", "119家"], Lines("共计119家", 4));

    [Fact]
    public void A_word_longer_than_a_line_is_cut_where_the_line_is_full() =>
        Assert.Equal(["abc", "def"], Lines("abcdef", 3));

    [Fact]
    public void The_first_line_can_be_narrower_for_its_indent() =>
        Assert.Equal(["一", "二三四", "五"], ChineseLineBreaker.Break("一二三四五", Unit("一二三四五"), 1, 3).Select(r => "一二三四五".Substring(r.Start, r.Length)));

    private static IEnumerable<string> Lines(string text, int width) =>
        ChineseLineBreaker.Break(text, Unit(text), width, width).Select(r => text.Substring(r.Start, r.Length));

    private static double[] Unit(string text) => [.. text.Select(_ => 1.0)];
}
