namespace Bulletin.Issues.Markings;

/// <summary>An editor's note (编者按) as typed: trimmed, without a 编者按： the editor typed (the renderers print that).</summary>
public static class EditorsNote
{
    public const string Label = "编者按：";
    public const int MaxLength = 2000;

    /// <summary>The note to store, or null when empty.</summary>
    public static string? Clean(string? note)
    {
        var text = note?.Trim() ?? "";
        foreach (var prefix in new[] { "编者按：", "编者按:", "编者按" })
            if (text.StartsWith(prefix, StringComparison.Ordinal))
                text = text[prefix.Length..].TrimStart();
        return text.Length == 0 ? null : text;
    }

    /// <summary>Why the note cannot be printed, or null.</summary>
    public static string? Problem(string? note) => note is { Length: > MaxLength }
        ? $"编者按有 {note.Length} 个字，超过了 {MaxLength} 个字：请删减。" : null;

    /// <summary>编者按：… as printed.</summary>
    public static string Printed(string note) => Label + note;
}
