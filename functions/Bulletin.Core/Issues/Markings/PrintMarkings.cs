using System.Globalization;

namespace Bulletin.Issues.Markings;

/// <summary>What GB/T 9704-2012 prints around an issue besides its text: 份号 and 密级★保密期限 (or 内部资料 注意保存) at the top
/// left of the text area, and 共印N份 at the right of the 版记's last line. A series keeps defaults; an issue its own.</summary>
/// <param name="Classification">秘密, 机密 or 绝密; null: not classified.</param>
/// <param name="SecrecyPeriod">保密期限 after the ★, e.g. 1年; printed only with a classification.</param>
/// <param name="InternalOnly">Prints 内部资料 注意保存 when the issue is not classified.</param>
/// <param name="Copies">How many copies are printed (共印N份); null: not printed.</param>
/// <param name="CopyNumber">份号 (six digits), printed only on a classified issue: 000001 when not given.</param>
public sealed record PrintMarkings(string? Classification, string? SecrecyPeriod, bool InternalOnly, int? Copies, int? CopyNumber = null)
{
    public static readonly PrintMarkings None = new(null, null, false, null);

    /// <summary>GB/T 9704's three levels, lowest first.</summary>
    public static readonly IReadOnlyList<string> Levels = ["秘密", "机密", "绝密"];

    public const string InternalLine = "内部资料 注意保存";
    public const int MaxCopies = 999_999;
    public const int MaxSecrecyPeriodLength = 10;

    public bool IsClassified => Classification is not null;

    public bool IsNone => this == None;

    /// <summary>The top-left lines, first to last: 份号 and 密级★保密期限, or 内部资料 注意保存, or nothing.</summary>
    public IReadOnlyList<string> TopLines() =>
        IsClassified ? [(CopyNumber ?? 1).ToString("D6", CultureInfo.InvariantCulture), SecrecyPeriod is { } period ? $"{Classification}★{period}" : Classification!]
        : InternalOnly ? [InternalLine] : [];

    /// <summary>（共印50份）, or null when no count is printed.</summary>
    public string? CopiesText => Copies is { } copies ? $"（共印{copies.ToString(CultureInfo.InvariantCulture)}份）" : null;
}
