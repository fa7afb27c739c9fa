using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bulletin.Issues;
using Bulletin.LocalHost;
using Bulletin.Tests.Issues.LibreOffice;

namespace Bulletin.Benchmarks.Issues;

/// <summary>An issue of ten articles (≈15,000 characters) rendered to each format. Targets (medians): HTML &lt; 5 ms,
/// DOCX &lt; 50 ms, PDF &lt; 300 ms; run together with <see cref="LibreOfficeConversionBenchmarks"/> (filter <c>*Issues*</c>),
/// the PDF must be at least 10× faster than LibreOffice converting the same DOCX.</summary>
[MemoryDiagnoser]
public class IssueRenderingBenchmarks
{
    private readonly BulletinIssue _issue = TenArticleIssue.Build();

    [GlobalSetup]
    public void Report() => Console.WriteLine($"// Issue of {_issue.Articles.Count} articles, {TenArticleIssue.Characters(_issue)} characters");

    [Benchmark]
    public string Html() => IssueHtmlRenderer.Render(_issue);

    [Benchmark]
    public byte[] Docx() => IssueDocxRenderer.Render(_issue);

    [Benchmark]
    public byte[] Pdf() => IssuePdfRenderer.Render(_issue);
}

/// <summary>The reference an office would otherwise use: <c>soffice --headless --convert-to pdf</c> on the DOCX of the same
/// issue, one process per document, start-up included (the profile exists after the warm-up). Seconds each, so a few
/// single-shot iterations.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public class LibreOfficeConversionBenchmarks
{
    private LibreOfficeConverter _converter = null!;
    private string _docx = "";

    [GlobalSetup]
    public void WriteDocx()
    {
        _converter = new LibreOfficeConverter(new LocalHostOptions().RepositoryRoot);
        var folder = Path.Combine(Path.GetTempPath(), "bulletin-libreoffice-benchmark", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        _docx = Path.Combine(folder, "issue-2020-21.docx");
        File.WriteAllBytes(_docx, IssueDocxRenderer.Render(TenArticleIssue.Build()));
    }

    [Benchmark]
    public string DocxToPdf() => _converter.ConvertToPdf(_docx);
}
