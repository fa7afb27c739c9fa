using System.Globalization;

namespace Bulletin.Statistics.Reports;

/// <summary>The adoption report (采用通报): a period's statistics per unit under the bulletin's masthead, with a few
/// sentences of summary, across all series or for one (<paramref name="Series"/>, its name). One model for its HTML and
/// DOCX, so both say the same.</summary>
/// <param name="Series">The series the report is for; its table counts 报送 across all series and the rest as printed in it.</param>
public sealed record AdoptionReport(StatisticsTable Table, string BulletinName, string Office, DateOnly Date, string? Series = null)
{
    public string Title => Series is null ? $"{Table.Period.Label}各单位信息报送采用情况通报" : $"《{Series}》{Table.Period.Label}采用情况通报";

    /// <summary>The file name without extension, e.g. 采用通报-2026-10 or 采用通报-信息专报-2026-10.</summary>
    public string FileStem => Series is null ? $"采用通报-{Table.Period.Code}" : $"采用通报-{string.Concat(Series.Where(char.IsLetterOrDigit))}-{Table.Period.Code}";

    /// <summary>The paragraphs above the table: totals, the leading units, the units that sent nothing.</summary>
    public IReadOnlyList<string> Summary()
    {
        var total = Table.Total;
        var lines = new List<string>
        {
            $"{Table.Period.Label}，各单位共报送信息{total.Submitted}篇，{(Series is null ? "" : $"《{Series}》")}采用{total.Adopted}篇，采用率{total.AdoptionRateText}；" +
            $"编入{(Series is null ? "简报" : $"《{Series}》")}刊发{total.Count(StatisticsTerms.Published)}篇，其中头条{total.Count(StatisticsTerms.PublishedLead)}篇。现将各单位情况通报如下。",
        };
        if (Series is not null)
            lines.Add($"说明：报送数为各单位报送的全部信息（稿件编入刊物前不分刊物），采用数、刊发数等只计编入《{Series}》刊发的稿件。");
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
