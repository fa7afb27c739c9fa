using Bulletin.Storage;

namespace Bulletin.Intake;

/// <summary>What the app accepts as one article, checked before anything is registered or decided, so that everything
/// it accepts fits every table it goes through (submission, review audit, issue).</summary>
public static class ArticleLimits
{
    /// <summary>Characters of text (paragraphs summed): a long 信息 has 3,000–10,000.</summary>
    public const int MaxCharacters = 100_000;
    public const int MaxParagraphs = 2_000;
    public const int MaxTitleCharacters = 200;
    /// <summary>The paragraphs as stored (JSON, <see cref="LongTextProperties"/>): room for <see cref="MaxCharacters"/> of
    /// ordinary text with quotes escaped; a text of unusual symbols that JSON escapes may reach it before that.</summary>
    public const int MaxStoredCharacters = 150_000;

    /// <summary>Why the text cannot be taken, in words for the submitter or editor; null when it can.</summary>
    public static string? TextProblem(IReadOnlyList<string> paragraphs)
    {
        var characters = paragraphs.Sum(p => p.Length);
        if (characters > MaxCharacters)
            return $"正文共 {characters} 字，超过每篇稿件 {MaxCharacters} 字的上限。请删减，或分成几篇分别报送。";
        if (paragraphs.Count > MaxParagraphs)
            return $"正文共 {paragraphs.Count} 段，超过每篇稿件 {MaxParagraphs} 段的上限。请合并段落，或分成几篇分别报送。";
        if (LongTextProperties.Serialize(paragraphs).Length > MaxStoredCharacters)
            return $"正文含有大量特殊符号，超出可以保存的长度。请删减，或分成几篇分别报送。";
        return null;
    }
}
