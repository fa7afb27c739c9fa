namespace Bulletin.Issues.Markings;

/// <summary>Markings in one short Chinese phrase, for audit entries and pages.</summary>
public static class MarkingsText
{
    /// <summary>e.g. 秘密★1年，份号000123，共印50份; 无 when nothing is printed.</summary>
    public static string Describe(PrintMarkings markings)
    {
        var parts = markings.TopLines().Reverse().ToList();
        if (markings.CopiesText is { } copies)
            parts.Add(copies.Trim('（', '）'));
        return parts.Count == 0 ? MarkingsChange.Nothing : string.Join("，", parts.Select(p => char.IsAsciiDigit(p[0]) ? "份号" + p : p));
    }
}
