using Azure.Storage.Blobs;
using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Statistics.Reports.Storage;
using Bulletin.Statistics;
using Bulletin.Statistics.Reports;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Statistics;

/// <summary>The monthly 采用通报 with a clock the test moves: due from the month's first working day, stored write-once,
/// mailed to every 负责同志 and editor once per month however often it runs.</summary>
[Collection(StatisticsStorageCollection.Name)]
public sealed class AdoptionReportTests(StatisticsStorageFixture app)
{
    [Fact]
    public async Task Last_months_report_goes_out_on_the_first_working_day_once_to_each_responsible_person_and_editor()
    {
        var reports = app.Services.GetRequiredService<AdoptionReportService>();
        var people = (await app.Services.GetRequiredService<DirectoryQuery>().ListAsync(null, null, null, CancellationToken.None)).People
            .Where(p => p.Roles.Contains(DirectoryRole.Responsible) || p.Roles.Contains(DirectoryRole.Editor)).Select(p => p.Email).Distinct().ToList();

        app.Clock.Now = DateTimeOffset.Parse("2026-11-01T09:00:00+08:00"); // a Sunday
        var sunday = await reports.SendAsync(CancellationToken.None);
        app.Clock.Now = DateTimeOffset.Parse("2026-11-02T09:00:00+08:00"); // Monday, the first working day
        var monday = await reports.SendAsync(CancellationToken.None);
        var mails = Reports("2026-10");
        app.Clock.Now = DateTimeOffset.Parse("2026-11-03T09:00:00+08:00");
        var tuesday = await reports.SendAsync(CancellationToken.None);

        Assert.False(sunday.Due);
        Assert.Equal(StatisticsPeriod.Month(2026, 10), monday.Month);
        Assert.Equal(people.Count, monday.Mailed);
        Assert.Equal(0, tuesday.Mailed);
        Assert.Equal(people.Order(), mails.Select(m => m["personalizations"]![0]!["to"]![0]!["email"]!.ToString()).Order());
        Assert.Equal(people.Count, Reports("2026-10").Count);
        var mail = mails[0];
        Assert.Equal("【上街信息】2026年10月各单位信息报送采用情况通报", (mail["personalizations"]![0]!["subject"] ?? mail["subject"])!.ToString());
        var attachment = mail["attachments"]![0]!;
        Assert.Equal("采用通报-2026-10.docx", attachment["filename"]!.ToString());

        // The figures are last month's in China time, as counted independently from the generated history.
        var october = app.History.Items.Where(i => StatisticsHistory.ChinaDate(i.ReceivedAtUtc) is { Year: 2026, Month: 10 }).ToList();
        var xinanlu = october.Where(i => i.Unit == "新安路街道").ToList();
        var html = mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        Assert.Contains($"各单位共报送信息{october.Count}篇，采用{october.Count(i => i.Status == SubmissionStatus.Adopted)}篇", html);
        Assert.Contains($"<td style=\"border:1px solid #1a1a1a;padding:3px 5px;text-align:center;\">新安路街道</td>" +
            $"<td style=\"border:1px solid #1a1a1a;padding:3px 5px;text-align:center;\">{xinanlu.Count}</td>", html);

        using var docx = WordprocessingDocument.Open(new MemoryStream(Convert.FromBase64String(attachment["content"]!.ToString())), false);
        var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("2026年10月各单位信息报送采用情况通报", text);
        Assert.Contains("2026年11月2日", text);
        Assert.Contains("新安路街道", text);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));

        var stored = new BlobServiceClient(app.ConnectionString).GetBlobContainerClient(AdoptionReportStore.ContainerName);
        var names = new List<string>();
        await foreach (var blob in stored.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "adoption/2026-10/", CancellationToken.None))
            names.Add(blob.Name);
        Assert.Equal(["adoption/2026-10/采用通报-2026-10.docx", "adoption/2026-10/采用通报-2026-10.html"], names.Order());
    }

    [Fact]
    public async Task At_0100_on_the_first_of_the_month_in_China_it_is_still_the_last_day_in_UTC_and_the_month_just_ended_is_reported()
    {
        var reports = app.Services.GetRequiredService<AdoptionReportService>();
        app.Clock.Now = DateTimeOffset.Parse("2026-11-30T17:00:00Z"); // Tuesday 1 December, 01:00 in China

        var run = await reports.SendAsync(CancellationToken.None);

        Assert.Equal(StatisticsPeriod.Month(2026, 11), run.Month);
        Assert.Equal(run.Mailed, Reports("2026-11").Count);
        Assert.True(run.Mailed > 0);
    }

    [Theory]
    [InlineData(2026, 11, "2026-11-02")]
    [InlineData(2026, 8, "2026-08-03")]
    [InlineData(2026, 12, "2026-12-01")]
    public void The_first_working_day_skips_a_weekend(int year, int month, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), AdoptionReportSchedule.FirstWorkingDay(year, month));

    private List<System.Text.Json.Nodes.JsonNode> Reports(string month) =>
        app.Sent.Where(m => m["personalizations"]![0]!["custom_args"] is { } args && args["kind"]?.ToString() == "adoption-report" && args["month"]?.ToString() == month).ToList();
}
