namespace Bulletin.Issues.Markings;

/// <summary>Markings asked for by a series change or a new issue. Null keeps what is there (an issue: the series' default);
/// an empty text or 无 removes a classification or 保密期限, 0 removes 共印N份.</summary>
public sealed record MarkingsChange(string? Classification, string? SecrecyPeriod, bool? InternalOnly, int? Copies, int? CopyNumber = null)
{
    public const string Nothing = "无";

    public static readonly MarkingsChange Keep = new(null, null, null, null);

    /// <summary><paramref name="current"/> with the asked fields changed; removing the classification removes its period and 份号.</summary>
    public PrintMarkings ApplyTo(PrintMarkings current)
    {
        var classification = Removes(Classification) ? null : Classification?.Trim() ?? current.Classification;
        var period = classification is null || Removes(SecrecyPeriod) ? null : SecrecyPeriod?.Trim() ?? current.SecrecyPeriod;
        return new PrintMarkings(classification, period, InternalOnly ?? current.InternalOnly,
            Copies is 0 ? null : Copies ?? current.Copies, classification is null ? null : CopyNumber ?? current.CopyNumber);
    }

    /// <summary>Why the asked values cannot be printed (Chinese, saying what to write instead), or null.</summary>
    public string? Problem()
    {
        if (!Removes(Classification) && Classification is { } level && !PrintMarkings.Levels.Contains(level.Trim()))
            return $"密级“{level}”无效：classification 请填 秘密、机密 或 绝密；不定密级填“无”或省略。";
        if (!Removes(SecrecyPeriod) && SecrecyPeriod is { } period && (period.Trim().Length > PrintMarkings.MaxSecrecyPeriodLength || period.Contains('★')))
            return $"保密期限“{period}”无效：secrecyPeriod 请写期限本身（不超过 {PrintMarkings.MaxSecrecyPeriodLength} 个字，不含★），如“1年”或“6个月”。";
        if (Copies is < 0 or > PrintMarkings.MaxCopies)
            return $"印数 {Copies} 无效：copies 请填 1–{PrintMarkings.MaxCopies} 的份数；不印“共印N份”填 0。";
        if (CopyNumber is < 1 or > PrintMarkings.MaxCopies)
            return $"份号 {CopyNumber} 无效：copyNumber 请填 1–{PrintMarkings.MaxCopies} 的数字（印作 6 位，如 000123）。";
        return null;
    }

    /// <summary>Why the markings as they would be printed do not go together, or null.</summary>
    public static string? Conflict(PrintMarkings resolved, MarkingsChange asked)
    {
        if (!resolved.IsClassified && asked.SecrecyPeriod is { } period && !Removes(period))
            return "保密期限须与密级一起标注：请同时给出 classification（秘密、机密或绝密），或省略 secrecyPeriod。";
        if (!resolved.IsClassified && asked.CopyNumber is not null)
            return "份号只印在涉密的一期上：请同时给出 classification（秘密、机密或绝密），或省略 copyNumber。";
        return null;
    }

    private static bool Removes(string? text) => text is not null && (text.Trim().Length == 0 || text.Trim() == Nothing);
}
