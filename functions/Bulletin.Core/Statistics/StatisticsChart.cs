using System.Globalization;
using System.Net;
using System.Text;

namespace Bulletin.Statistics;

/// <summary>An inline SVG bar chart of a statistics table: one row per unit, a grey bar for 报送数 with a red bar for
/// 采用数 over it and the numbers after them; scales to the page width, no script, no external resource.</summary>
public static class StatisticsChart
{
    private const int RowHeight = 26;
    private const int LabelWidth = 150;
    private const int BarWidth = 260;
    private const int Width = LabelWidth + BarWidth + 70;

    public static string Svg(StatisticsTable table)
    {
        var units = table.Units;
        var max = Math.Max(1, units.Select(u => u.Submitted).DefaultIfEmpty(0).Max());
        var height = RowHeight * units.Count + 30;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {Width} {height}\" ")
            .Append("style=\"width:100%;height:auto;max-width:40rem;font-family:sans-serif\" aria-labelledby=\"chart-title\">")
            .Append("<title id=\"chart-title\">").Append(Encode($"{table.Period.Label}各单位报送数与采用数")).Append("</title>");
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var y = i * RowHeight;
            var submitted = BarWidth * unit.Submitted / max;
            var adopted = BarWidth * unit.Adopted / max;
            svg.Append(CultureInfo.InvariantCulture, $"<g data-unit=\"{Encode(unit.Unit)}\">")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 17}\" text-anchor=\"end\" font-size=\"13\">{Encode(Short(unit.Unit))}</text>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{submitted}\" height=\"16\" fill=\"#c8c8c8\"><title>{Encode($"报送 {unit.Submitted}")}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 5}\" width=\"{adopted}\" height=\"16\" fill=\"#c00000\"><title>{Encode($"采用 {unit.Adopted}")}</title></rect>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + submitted + 6}\" y=\"{y + 17}\" font-size=\"12\" fill=\"#444\">{unit.Adopted}/{unit.Submitted}</text>")
                .Append("</g>");
        }
        var legend = height - 8;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"#c00000\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 16}\" y=\"{legend}\" font-size=\"12\">采用数</text>")
            .Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 70}\" y=\"{legend - 10}\" width=\"12\" height=\"12\" fill=\"#c8c8c8\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 86}\" y=\"{legend}\" font-size=\"12\">报送数</text>")
            .Append("</svg>");
        return svg.ToString();
    }

    private static string Short(string unit) => unit.Length > 10 ? unit[..9] + "…" : unit;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
