namespace Bulletin.Intake.Photos;

/// <summary>How large and how many photos an article may carry, and what the receipt says about one that is not taken.
/// Every photo goes into the issue mail three times (inline, DOCX, PDF) and SendGrid takes 30 MB a mail, so large
/// photos are better compressed by the unit than carried.</summary>
public static class PhotoLimits
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxPerArticle = 20;
    public const int MaxCaptionCharacters = 200;

    public static string TooLarge(string source, long bytes) =>
        $"图片《{source}》有 {bytes / (1024.0 * 1024):0.#} MB，超过每张 {MaxBytes / (1024 * 1024)} MB 的上限，未编入稿件：请把图片压缩到 {MaxBytes / (1024 * 1024)} MB 以内（如另存为 JPEG）后，把本稿连同图片重新发送一次。";

    public static string Unreadable(string source) =>
        $"图片《{source}》不是可以读取的 JPEG 或 PNG 图片，未编入稿件：请另存为 JPEG 后，把本稿连同图片重新发送一次。";

    public static string TooMany(int count) =>
        $"稿件带有 {count} 张图片，每篇稿件最多编入 {MaxPerArticle} 张，只编入了前 {MaxPerArticle} 张：如需换用其他图片，请精选后重新发送本稿。";
}
