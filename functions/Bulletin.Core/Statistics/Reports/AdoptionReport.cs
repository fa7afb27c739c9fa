using System.Globalization;

namespace Bulletin.Statistics.Reports;

/// <summary>The monthly adoption report (采用通报): last month's statistics per unit under the bulletin's masthead,
/// with a few sentences of summary. One model for its HTML and DOCX, so both say the same.</summary>
public sealed record AdoptionReport(StatisticsTable Table, string BulletinName, string Office, DateOnly Date)
{
    public string Title => $"{Table.Period.Label}各单位信息报送采用情况通报";

    /// <summary>The file name without extension, e.g. 采用通报-2026-10.</summary>
    public string FileStem => $"采用通报-{Table.Period.Code}";

    /// <summary>The paragraphs above the table: totals, the leading units, the units that sent nothing.</summary>
    public IReadOnlyList<string> Summary()
    {
        var total = Table.Total;
        var lines = new List<string>
        {
            $"{Table.Period.Label}，各单位共报送信息{total.Submitted}篇，采用{total.Adopted}篇，采用率{total.AdoptionRateText}；" +
            $"编入简报刊发{total.Count(StatisticsTerms.Published)}篇，其中头条{total.Count(StatisticsTerms.PublishedLead)}篇。现将各单位情况通报如下。",
        };
        var leading = Table.Units.Where(u => u.Adopted > 0).OrderByDescending(u => u.Adopted).ThenBy(u => u.Unit, StringComparer.Ordinal).Take(3).ToList();
        if (leading.Count > 0)
            lines.Add($"采用数居前的单位：{string.Join("、", leading.Select(u => $"{u.Unit}（{u.Adopted}篇）"))}。");
        var silent = Table.Units.Where(u => u.Submitted == 0).Select(u => u.Unit).ToList();
        if (silent.Count > 0)
            lines.Add($"本月未报送信息的单位：{string.Join("、", silent)}。请各单位高度重视信息报送工作。");
        lines.Add($"积分按“{Table.Rule}”计算。");
        return lines;
    }

    public string DateText => $"{Date.Year}年{Date.Month}月{Date.Day}日";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
