using Bulletin.Statistics;

namespace Bulletin.Functions.Statistics;

/// <summary>One unit's statistics as the API answers them: the headline numbers, upper-level adoptions and 批示 by level,
/// 独编/综合, rank, and every term's count by its setting name.</summary>
internal static class StatisticsJson
{
    public static object Row(StatisticsTable table, UnitStatistics row) => new
    {
        unit = row.Unit,
        submitted = row.Submitted,
        adopted = row.Adopted,
        points = row.Points,
        rank = table.RankOf(row),
        published = row.Count(StatisticsTerms.Published),
        solo = row.Count(StatisticsTerms.Solo),
        combined = row.Count(StatisticsTerms.Combined),
        upperAdoptions = UpperLevelTerms.AdoptionLevels.ToDictionary(l => l.Level, l => row.Count(UpperLevelTerms.UpperTerm(l.Level))),
        instructions = UpperLevelTerms.InstructionLevels.ToDictionary(l => l.Level, l => row.Count(UpperLevelTerms.InstructionTerm(l.Level))),
        counts = row.Counts,
    };
}
