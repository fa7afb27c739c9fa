using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Statistics;

/// <summary>The 采用通报 made on demand for a period, across all series or for one (year 2035 apart from the history).</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class AdoptionReportOnDemandTests(StatisticsStorageFixture app)
{
    [Fact]
    public async Task A_series_report_names_the_series_counts_every_submission_as_sent_and_only_what_was_printed_in_the_series_as_adopted()
    {
        var recorder = new StatisticsRecorder(app.Facts);
        var at = DateTimeOffset.Parse("2035-04-02T10:00:00+08:00");
        var (inMain, inSupplement, waiting) = (SubmissionId.Create(at, "in-main"), SubmissionId.Create(at, "in-supplement"), SubmissionId.Create(at, "waiting"));
        await recorder.SubmissionChangedAsync(Submission(inMain, "新安路街道", SubmissionStatus.Adopted, at), CancellationToken.None);
        await recorder.SubmissionChangedAsync(Submission(inSupplement, "新安路街道", SubmissionStatus.Adopted, at), CancellationToken.None);
        await recorder.SubmissionChangedAsync(Submission(waiting, "区总工会", SubmissionStatus.Submitted, at), CancellationToken.None);
        await recorder.IssuePublishedAsync(Issue(5, "main", "正刊", inMain, "新安路街道"), CancellationToken.None);
        await recorder.IssuePublishedAsync(Issue(6, "zengkan", "增刊", inSupplement, "新安路街道"), CancellationToken.None);
        var maker = app.Services.GetRequiredService<AdoptionReportMaker>();

        var report = (await maker.MakeAsync(StatisticsPeriod.Month(2035, 4), "main", CancellationToken.None))!;
        var all = (await maker.MakeAsync(StatisticsPeriod.Month(2035, 4), null, CancellationToken.None))!;

        Assert.Equal("《上街信息》2035年4月采用情况通报", report.Title);
        Assert.Equal("采用通报-上街信息-2035-04", report.FileStem);
        var xinanlu = report.Table.Units.Single(u => u.Unit == "新安路街道");
        Assert.Equal((2, 1, 1), (xinanlu.Submitted, xinanlu.Adopted, xinanlu.Count(StatisticsTerms.Published)));
        Assert.Equal((3, 1, 1), (report.Table.Total.Submitted, report.Table.Total.Adopted, report.Table.Total.Count(StatisticsTerms.Published)));
        Assert.Equal((3, 2, 2), (all.Table.Total.Submitted, all.Table.Total.Adopted, all.Table.Total.Count(StatisticsTerms.Published)));
        using var docx = WordprocessingDocument.Open(new MemoryStream(AdoptionReportDocx.Render(report)), false);
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("《上街信息》2035年4月采用情况通报", text);
        Assert.Contains("各单位共报送信息3篇，《上街信息》采用1篇，采用率33.3%；编入《上街信息》刊发1篇", text);
        Assert.Contains("说明：报送数为各单位报送的全部信息", text);
        Assert.Null(await maker.MakeAsync(StatisticsPeriod.Month(2035, 4), "no-such-series", CancellationToken.None));
    }

    [Fact]
    public async Task The_report_across_all_series_for_a_month_says_what_the_monthly_mail_says()
    {
        var maker = app.Services.GetRequiredService<AdoptionReportMaker>();

        var report = (await maker.MakeAsync(StatisticsPeriod.Month(2026, 10), "", CancellationToken.None))!;

        var october = app.History.Items.Where(i => StatisticsHistory.ChinaDate(i.ReceivedAtUtc) is { Year: 2026, Month: 10 }).ToList();
        Assert.Equal("2026年10月各单位信息报送采用情况通报", report.Title);
        Assert.Equal("采用通报-2026-10", report.FileStem);
        Assert.StartsWith($"2026年10月，各单位共报送信息{october.Count}篇，采用{october.Count(i => i.Status == SubmissionStatus.Adopted)}篇，", report.Summary()[0]);
        Assert.Contains("编入简报刊发", report.Summary()[0]);
        Assert.DoesNotContain(report.Summary(), line => line.StartsWith("说明"));
        Assert.Equal(october.Count(i => i.Unit == "新安路街道"), report.Table.Units.Single(u => u.Unit == "新安路街道").Submitted);
    }

    private static Submission Submission(string id, string unit, SubmissionStatus status, DateTimeOffset at) =>
        new(id, unit, "officer@example.org", "信息员", SubmissionSource.Email, "标题", ["正文"], [], status, at, null);

    private static AssembledIssue Issue(int number, string series, string kind, string id, string unit) =>
        new(2035, number, 100 + number, IssueState.Published, "上街信息", "中共上街区委办公室", new DateOnly(2035, 4, 10), null,
            [new AssembledArticle(id, "稿件", ["正文"], unit)], "区县处级领导", "各街道办事处", ["郝婕"]) { SeriesId = series, SeriesKind = kind };
}
