using Bulletin.Directory;
using Bulletin.Issues;
using Bulletin.Mail;
using Bulletin.Markup;
using Bulletin.Statistics.Reports.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Statistics.Reports;

/// <summary>The monthly 采用通报: once due, rebuilds last month's statistics from the source tables, renders the report,
/// stores it write-once and mails it to every unit's 负责同志 and every editor — each at most once per month.</summary>
public sealed class AdoptionReportService(StatisticsRebuilder rebuilder, AdoptionReportMaker maker, AdoptionReportStore store,
    AdoptionReportLog log, DirectoryQuery directory, MailSender mail, TimeProvider clock,
    ILogger<AdoptionReportService> logger)
{
    public async Task<AdoptionReportRun> SendAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!AdoptionReportSchedule.IsDue(now))
            return new AdoptionReportRun(false, null, 0);
        var month = StatisticsPeriod.PreviousMonth(now);
        // Rebuilt first: a feed call lost to a failure must not make the report wrong.
        await rebuilder.RebuildAsync(month, cancellationToken);
        var report = (await maker.MakeAsync(month, null, cancellationToken))!;
        var html = await store.WriteOnceAsync(AdoptionReportStore.BlobName(month, report.FileStem + ".html"),
            System.Text.Encoding.UTF8.GetBytes(AdoptionReportHtml.Render(report)), "text/html; charset=utf-8", cancellationToken);
        var docx = await store.WriteOnceAsync(AdoptionReportStore.BlobName(month, report.FileStem + ".docx"),
            AdoptionReportDocx.Render(report), AdoptionReportStore.DocxType, cancellationToken);

        var people = (await directory.ListAsync(null, null, null, cancellationToken)).People
            .Where(p => p.Roles.Contains(DirectoryRole.Responsible) || p.Roles.Contains(DirectoryRole.Editor))
            .DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var mailed = 0;
        foreach (var person in people)
        {
            if (!await log.TryClaimAsync(month.Code, person.Email, now, cancellationToken))
                continue;
            try
            {
                await mail.SendAsync(Mail(report, person, Html.Raw(System.Text.Encoding.UTF8.GetString(html)), docx), cancellationToken);
            }
            catch
            {
                await log.ReleaseAsync(month.Code, person.Email);
                throw;
            }
            mailed++;
        }
        await log.RecordRunAsync(month.Code, now, mailed, cancellationToken);
        logger.LogInformation("Adoption report {Month}: {Mailed} of {People} recipients mailed this run", month.Code, mailed, people.Count);
        return new AdoptionReportRun(true, month, mailed);
    }

    private static OutgoingMail Mail(AdoptionReport report, DirectoryPerson person, Html html, byte[] docx)
    {
        var text = $"{person.Name}：\n\n{string.Join("\n\n", report.Summary())}\n\n详见附件《{report.FileStem}.docx》。\n\n{report.Office}\n{report.DateText}";
        return new OutgoingMail(person.Email, person.Name, $"【{report.BulletinName}】{report.Title}", text, html)
        {
            CustomArgs = new Dictionary<string, string> { ["kind"] = "adoption-report", ["month"] = report.Table.Period.Code },
            Attachments = [new MailAttachment(report.FileStem + ".docx", AdoptionReportStore.DocxType, BinaryData.FromBytes(docx))],
        };
    }
}

/// <param name="Due">False when the month's first working day has not come yet (nothing done).</param>
public sealed record AdoptionReportRun(bool Due, StatisticsPeriod? Month, int Mailed);
