using System.Diagnostics;
using System.Text.RegularExpressions;
using Bulletin.Issues;
using Bulletin.Tests.Fixtures;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using Xunit.Abstractions;

namespace Bulletin.Tests.Issues.LibreOffice;

/// <summary>The seed issue's DOCX opened by LibreOffice, as an office on Linux would: converted to PDF, it reads exactly
/// like the seed in reading order, on as many pages as the app's own PDF, in the Song face the font aliases name; its
/// pages are rendered to PNG (pdftoppm) for a look by eye.</summary>
public sealed partial class LibreOfficeSeedTests(ITestOutputHelper output)
{
    [Fact]
    public void LibreOffice_lays_out_the_seed_docx_reading_like_the_seed_on_the_same_pages_as_the_apps_pdf()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bulletin-libreoffice-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var docx = Path.Combine(folder, "seed-2020-20.docx");
        File.WriteAllBytes(docx, IssueDocxRenderer.Render(SeedIssue.Model()));

        var pdf = new LibreOfficeConverter(TestPaths.RepositoryRoot).ConvertToPdf(docx);

        using var document = PdfDocument.Open(pdf);
        using var own = PdfDocument.Open(IssuePdfRenderer.Render(SeedIssue.Model()));
        var text = string.Concat(document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        Assert.Equal(SeedIssue.ReferenceText(), PageNumbers().Replace(SeedIssue.Comparable(text), ""));
        Assert.Equal(own.NumberOfPages, document.NumberOfPages);
        // BousungEG-Light-GB is AR PL SungtiL GB, the Song face the aliases give 仿宋_GB2312 and 方正小标宋简体; without them
        // LibreOffice sets the masthead and body in Noto Sans CJK JP and the digits in DejaVu Sans.
        var fonts = document.GetPages().SelectMany(p => p.Letters).Where(l => l.Value is "上" or "期" or "2").Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.EndsWith("+BousungEG-Light-GB", f, StringComparison.Ordinal));
        Assert.Equal(document.NumberOfPages, RenderPages(pdf, folder));
        output.WriteLine($"LibreOffice's PDF and its pages as PNG: {folder}");
    }

    /// <summary>pdftoppm at 96 dpi (the red rule under the masthead shows from about 80); returns how many PNG pages it wrote.</summary>
    private static int RenderPages(string pdf, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "96", pdf, Path.Combine(folder, "page")]))!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return System.IO.Directory.GetFiles(folder, "page-*.png").Length;
    }

    [GeneratedRegex("—\\d+—")]
    private static partial Regex PageNumbers();
}
