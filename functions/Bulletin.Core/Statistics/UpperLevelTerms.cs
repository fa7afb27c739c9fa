namespace Bulletin.Statistics;

/// <summary>The levels of upper-level bulletins that adopt an item (上级采用) and of leaders who write an instruction on
/// it (领导批示), each a term of its own (<c>upper_city=10;instruction_province=20</c>), so the points table weighs them by level.</summary>
public static class UpperLevelTerms
{
    /// <summary>Levels of an upper-level adoption, with the ASCII name the points setting uses.</summary>
    public static readonly IReadOnlyList<(string Level, string Name)> AdoptionLevels = [("市", "city"), ("省", "province"), ("国家", "national")];

    /// <summary>Levels of a 领导批示: the district's own leaders too.</summary>
    public static readonly IReadOnlyList<(string Level, string Name)> InstructionLevels = [("区", "district"), .. AdoptionLevels];

    public const string UpperPrefix = "upper_";
    public const string InstructionPrefix = "instruction_";

    public static string UpperTerm(string level) => UpperPrefix + AdoptionLevels.Single(l => l.Level == level).Name;
    public static string InstructionTerm(string level) => InstructionPrefix + InstructionLevels.Single(l => l.Level == level).Name;

    public static readonly IReadOnlyList<StatisticsTerm> All =
    [
        .. AdoptionLevels.Select(l => new StatisticsTerm(UpperPrefix + l.Name, $"{l.Level}级采用", f => f.UpperAdoptions.Count(a => a == l.Level))),
        .. InstructionLevels.Select(l => new StatisticsTerm(InstructionPrefix + l.Name, $"{l.Level}级批示", f => f.Instructions.Count(a => a == l.Level))),
    ];
}

/// <summary>本级采用 per series kind: an article printed in a 正刊, 增刊 or 专报 (as the series says).</summary>
public static class SeriesKindTerms
{
    public static readonly IReadOnlyList<(string Kind, string Name)> Kinds = [("正刊", "regular"), ("增刊", "supplement"), ("专报", "special")];

    public static readonly IReadOnlyList<StatisticsTerm> All =
        Kinds.Select(k => new StatisticsTerm($"published_{k.Name}", $"{k.Kind}刊发", f => f.Published && f.SeriesKind == k.Kind ? 1 : 0)).ToList();
}
