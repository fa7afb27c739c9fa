namespace Bulletin.Storage;

/// <summary>Text bounded before it is written to a table property: Azure Tables refuses a string property over 32K UTF-16
/// characters (and an entity over 1 MB), which would fail the write on every retry. Longer text is cut, never inside a
/// surrogate pair, and marked with its original length; the full text stays wherever the request itself is kept.</summary>
public static class TableText
{
    /// <summary>Plenty for a reason or an error message, and small enough for several of them in one entity.</summary>
    public const int DefaultMaxLength = 2000;

    public static string? Bound(string? text, int maxLength = DefaultMaxLength)
    {
        if (text is null || text.Length <= maxLength)
            return text;
        var mark = $"…（已截断，原文共 {text.Length} 字符）";
        var keep = Math.Max(0, maxLength - mark.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
            keep--;
        return string.Concat(text.AsSpan(0, keep), mark);
    }
}
