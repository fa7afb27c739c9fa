using System.Globalization;
using System.Text.RegularExpressions;

namespace Bulletin.Solicitations;

/// <summary>The code 【约稿12】 that names a solicitation in mail subjects; a unit's mail whose subject keeps it answers it.</summary>
public static partial class SolicitationCode
{
    public static string Of(int number) => $"【约稿{number}】";

    /// <summary>The number in a subject's 【约稿12】 (also [约稿12] or 约稿12 in any brackets mail clients produce); null without one.</summary>
    public static int? NumberIn(string? subject) =>
        subject is not null && Code().Match(subject) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"[【\[［(（]\s*约稿\s*(\d{1,6})\s*[】\]］)）]")]
    private static partial Regex Code();
}
