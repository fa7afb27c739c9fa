using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Bulletin.Tests.Issues.Layout;

/// <summary>One line as poppler's <c>pdftotext -bbox-layout</c> sees it: page (from 1), box in points from the top left, text.</summary>
public sealed record PdfLine(int Page, double XMin, double YMin, double XMax, double YMax, string Text)
{
    public double Height => YMax - YMin;
}

/// <summary>Debian's poppler-utils (<c>pdftotext</c>, <c>pdffonts</c>) run on a PDF's bytes, as a reader's tools see the file.</summary>
public static partial class Poppler
{
    /// <summary>Every text line of the document in reading order, page by page; pieces poppler splits on one baseline (a bold
    /// title run into its paragraph) joined again.</summary>
    public static IReadOnlyList<PdfLine> Lines(byte[] pdf)
    {
        var html = XDocument.Parse(Run("pdftotext", pdf, "-bbox-layout", "{0}", "-"));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var pieces = html.Descendants(x + "page").SelectMany((page, index) => page.Descendants(x + "line").Select(line => new PdfLine(
            index + 1, Number(line, "xMin"), Number(line, "yMin"), Number(line, "xMax"), Number(line, "yMax"),
            string.Concat(line.Elements(x + "word").Select(w => w.Value)))));
        var lines = new List<PdfLine>();
        foreach (var piece in pieces)
            if (lines.Count > 0 && lines[^1] is var last && last.Page == piece.Page && Math.Abs(last.YMax - piece.YMax) < 1)
                lines[^1] = last with { XMin = Math.Min(last.XMin, piece.XMin), XMax = Math.Max(last.XMax, piece.XMax), Text = last.Text + piece.Text };
            else
                lines.Add(piece);
        return lines;
    }

    /// <summary>The rows of <c>pdffonts</c>: name, type, embedded, subset. A font's name may hold spaces (AR PL SungtiL GB),
    /// so the type is told from its end by poppler's type names.</summary>
    public static IReadOnlyList<(string Name, string Type, bool Embedded, bool Subset)> Fonts(byte[] pdf) =>
        [.. Run("pdffonts", pdf, "{0}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Select(row =>
        {
            var cells = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // name and type words…, encoding, emb, sub, uni, object, id: read from the right
            var nameAndType = FontType().Match(string.Join(' ', cells[..^6]));
            return (nameAndType.Groups["name"].Value, nameAndType.Groups["type"].Value, cells[^5] == "yes", cells[^4] == "yes");
        })];

    [GeneratedRegex(@"^(?<name>.+?) (?<type>(CID )?(TrueType|Type \w+)( \(OT\))?)$")]
    private static partial Regex FontType();

    private static double Number(XElement element, string name) =>
        double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bulletin-poppler-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(string.Format(CultureInfo.InvariantCulture, argument, file));
            using var process = Process.Start(start)
                ?? throw new InvalidOperationException($"{tool} did not start: install Debian's poppler-utils, as .ci/run does.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Result}");
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
