using Bulletin.Markup;

namespace Bulletin.Statistics;

/// <summary>An inline SVG bar chart of a statistics table: one row per unit, a grey bar for 报送数 with a red bar for
/// 采用数 over it and the numbers after them; scales to the page width, no script, no external resource.</summary>
public static class StatisticsChart
{
    private const int RowHeight = 26;
    private const int LabelWidth = 150;
    private const int BarWidth = 260;
    private const int Width = LabelWidth + BarWidth + 70;

    public static Html Svg(StatisticsTable table)
    {
        var units = table.Units;
        var max = Math.Max(1, units.Select(u => u.Submitted).DefaultIfEmpty(0).Max());
        var height = RowHeight * units.Count + 30;
        var legend = height - 8;
        return Html.Of($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" " +
            $"style=\"width:100%;height:auto;max-width:40rem;font-family:sans-serif\" aria-labelledby=\"chart-title\">" +
            $"<title id=\"chart-title\">{table.Period.Label}各单位报送数与采用数</title>" +
            $"{units.Select((unit, i) => Bars(unit, i * RowHeight, max))}" +
            $"<rect x=\"{LabelWidth}\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"#c00000\"/>" +
            $"<text x=\"{LabelWidth + 16}\" y=\"{legend}\" font-size=\"12\">采用数</text>" +
            $"<rect x=\"{LabelWidth + 70}\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"#c8c8c8\"/>" +
            $"<text x=\"{LabelWidth + 86}\" y=\"{legend}\" font-size=\"12\">报送数</text></svg>");
    }

    private static Html Bars(UnitStatistics unit, int y, int max)
    {
        var submitted = BarWidth * unit.Submitted / max;
        var adopted = BarWidth * unit.Adopted / max;
        return Html.Of($"<g data-unit=\"{unit.Unit}\">" +
            $"<text x=\"{LabelWidth - 6}\" y=\"{y + 17}\" text-anchor=\"end\" font-size=\"13\">{Short(unit.Unit)}</text>" +
            $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{submitted}\" height=\"16\" fill=\"#c8c8c8\"><title>报送 {unit.Submitted}</title></rect>" +
            $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{adopted}\" height=\"16\" fill=\"#c00000\"><title>采用 {unit.Adopted}</title></rect>" +
            $"<text x=\"{LabelWidth + submitted + 6}\" y=\"{y + 17}\" font-size=\"12\" fill=\"#444\">{unit.Adopted}/{unit.Submitted}</text></g>");
    }

    private static string Short(string unit) => unit.Length > 10 ? unit[..9] + "…" : unit;
}
