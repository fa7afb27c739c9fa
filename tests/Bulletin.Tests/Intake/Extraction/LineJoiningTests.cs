using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>When a hard line break in mail text is a wrap to undo, and when it ends a paragraph.</summary>
public class LineJoiningTests
{
    private static IReadOnlyList<string> Paragraphs(string text) =>
        ArticleExtractor.FromMailText(text).Article?.Paragraphs ?? [];

    [Fact]
    public void Short_lines_ending_in_full_stops_are_paragraphs_of_their_own()
    {
        Assert.Equal(["请查收附件。", "谢谢！"], Paragraphs("请查收附件。\n谢谢！"));
    }

    [Fact]
    public void Unwrapped_paragraphs_one_a_line_stay_apart_even_at_similar_lengths()
    {
        var first = new string('甲', 90) + "。";
        var second = new string('乙', 88) + "。";

        Assert.Equal([first, second], Paragraphs(first + "\n" + second));
    }

    [Fact]
    public void Next_line_indented_with_full_width_spaces_starts_a_new_paragraph_even_after_a_full_line()
    {
        var line = new string('甲', 38);

        Assert.Equal([line + line + "乙。", "丙丁。"], Paragraphs($"{line}\n{line}\n乙。\n\u3000\u3000丙丁。"));
    }

    [Fact]
    public void Latin_words_split_by_a_wrap_are_joined_with_a_space()
    {
        var line = new string('甲', 30) + " send via the Foxmail";

        Assert.Equal([line + " client and SMTP. " + line + " end。"], Paragraphs($"{line}\nclient and SMTP. {line}\nend。"));
    }
}
