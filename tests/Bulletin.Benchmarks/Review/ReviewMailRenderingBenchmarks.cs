using BenchmarkDotNet.Attributes;
using Bulletin.Benchmarks.Issues;
using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Review;

namespace Bulletin.Benchmarks.Review;

/// <summary>The review mail to an editor for a submission of about 1,450 characters (the first article of the benchmark
/// issue): facts table, the article, three signed links.</summary>
[MemoryDiagnoser]
public class ReviewMailRenderingBenchmarks
{
    private readonly Submission _submission = Submission();

    [Benchmark]
    public OutgoingMail ForEditor() => ReviewMails.ForEditor(_submission, "editor@example.org", "编辑",
        choice => $"https://bulletin.example.org/api/review/20261125-K7Q2M9?choice={choice}&token=abc", "上街信息", "reply@example.org");

    private static Submission Submission()
    {
        var article = TenArticleIssue.Build().Articles[0];
        return new Submission("20261125-K7Q2M9", article.Unit, "officer@example.org", "信息员", SubmissionSource.Email,
            article.Title, article.Paragraphs, ["20261125-K7Q2M9/originals/01-稿件.docx"], SubmissionStatus.Submitted,
            new DateTimeOffset(2026, 11, 25, 2, 30, 0, TimeSpan.Zero), null);
    }
}
