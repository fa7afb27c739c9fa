using System.Globalization;

namespace Bulletin.Statistics;

/// <summary>How a unit's counts become points: a weight per named term, e.g. <c>adopted=2;published_lead=5</c>
/// (points = Σ weight × count). Terms not named weigh nothing.</summary>
public sealed class PointsRule
{
    private PointsRule(IReadOnlyList<(StatisticsTerm Term, decimal Weight)> weights) => Weights = weights;

    public IReadOnlyList<(StatisticsTerm Term, decimal Weight)> Weights { get; }

    public decimal Apply(IReadOnlyDictionary<string, int> counts) =>
        Weights.Sum(w => w.Weight * counts.GetValueOrDefault(w.Term.Name));

    /// <summary>The rule in words for the page: 采用数×2，头条数×5.</summary>
    public string Describe() => Weights.Count == 0 ? "未设置计分规则"
        : string.Join("，", Weights.Select(w => $"{w.Term.Label}×{w.Weight.ToString("0.##", CultureInfo.InvariantCulture)}"));

    /// <summary>Parses <c>name=weight</c> pairs separated by <c>;</c>; the error names the faulty part in Chinese and English.</summary>
    public static bool TryParse(string? text, out PointsRule rule, out string? error)
    {
        rule = new PointsRule([]);
        error = null;
        var weights = new List<(StatisticsTerm, decimal)>();
        foreach (var part in (text ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0)
            {
                error = $"“{part}”应写成“名称=分值” / '{part}' must read name=weight";
                return false;
            }
            if (StatisticsTerms.Find(pair[0]) is not { } term)
            {
                error = $"没有名为“{pair[0]}”的计分项，可用：{Known()} / unknown term '{pair[0]}', known: {Known()}";
                return false;
            }
            if (!decimal.TryParse(pair[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight))
            {
                error = $"“{pair[0]}”的分值“{pair[1]}”不是数字 / the weight of '{pair[0]}' is not a number: '{pair[1]}'";
                return false;
            }
            if (weights.Any(w => w.Item1 == term))
            {
                error = $"计分项“{pair[0]}”写了两次 / term '{pair[0]}' is given twice";
                return false;
            }
            weights.Add((term, weight));
        }
        rule = new PointsRule(weights);
        return true;
    }

    private static string Known() => string.Join(", ", StatisticsTerms.All.Select(t => t.Name));
}
