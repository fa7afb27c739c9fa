namespace Bulletin.Storage;

/// <summary>Fields copied from what others sent (subjects, addresses, titles, Message-IDs) cut to a stated length before
/// they are written to a table, so one absurd field cannot fail the write; the whole original stays in the stored request.
/// Control characters (NUL and the like) are dropped on the way: they would pass into mails and pages.</summary>
public static class BoundedText
{
    public const string Mark = "…（已截断）";

    /// <summary>A Message-ID, a mail address, a person's name.</summary>
    public const int Short = 320;
    /// <summary>A subject or a title as stored for reading.</summary>
    public const int Line = 1_000;
    /// <summary>A reason or a detail of a log row.</summary>
    public const int Detail = 4_000;

    /// <summary>The value without control characters if it has at most <paramref name="maxCharacters"/> characters, else its
    /// start and <see cref="Mark"/> in that many characters (never splitting a surrogate pair).</summary>
    public static string Bound(string value, int maxCharacters)
    {
        value = Printable(value);
        if (value.Length <= maxCharacters)
            return value;
        var keep = Math.Max(0, maxCharacters - Mark.Length);
        if (keep > 0 && char.IsHighSurrogate(value[keep - 1]))
            keep--;
        return value[..keep] + Mark;
    }

    /// <summary>The value without C0/C1 control characters and DEL, except tab, line feed and carriage return.</summary>
    public static string Printable(string value) =>
        value.Any(IsDropped) ? string.Concat(value.Where(c => !IsDropped(c))) : value;

    private static bool IsDropped(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    public static string? BoundOrNull(string? value, int maxCharacters) => value is null ? null : Bound(value, maxCharacters);
}
