using Bulletin.Intake.Storage;
using Bulletin.UpperLevels.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.UpperLevels;

/// <summary>The daily pass over pending upper-level records, as for 约稿: a 批示 without 落实情况 for
/// <see cref="UpperLevelOptions.ReminderAfterDays"/> days is reminded to the unit once; a record whose mails a stopped
/// step left unsent gets them now. Safe to run any number of times (mails claimed, marks under the ETag).</summary>
public sealed class InstructionReminderService(UpperRecordStore store, UpperRecordService records, UpperMailer mailer, UpperAuditLog audit,
    SubmissionStore submissions, IOptions<UpperLevelOptions> options, TimeProvider clock, ILogger<InstructionReminderService> logger)
{
    /// <summary>Returns how many reminder mails went out.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        foreach (var record in await store.ListPendingAsync(cancellationToken))
        {
            var title = (await submissions.FindAsync(record.SubmissionId, cancellationToken))?.AdoptedTitle ?? record.SubmissionId;
            if (record.MailedAt is null)
                await records.MailAsync(record, title, cancellationToken);
            if (!record.IsOpen || record.RemindedAt is not null || now - record.RecordedAt < TimeSpan.FromDays(options.Value.ReminderAfterDays))
                continue;
            reminded += await mailer.SendReminderAsync(record, title, cancellationToken);
            await store.UpdateAsync(record.SubmissionId, record.Id, r => r.RemindedAt is null ? r with { RemindedAt = now } : null, cancellationToken);
            await audit.AppendAsync(record.SubmissionId, $"reminded:{record.Id}", "Reminded", record.Id, "timer", now, "批示落实情况未反馈，提醒单位", cancellationToken);
        }
        logger.LogInformation("Instruction reminders: {Mails} mails sent", reminded);
        return reminded;
    }

    /// <summary>批示 still waiting for the unit's 落实情况, oldest first (for the dashboard).</summary>
    public async Task<IReadOnlyList<UpperRecord>> ListOpenAsync(CancellationToken cancellationToken) =>
        (await store.ListPendingAsync(cancellationToken)).Where(r => r.IsOpen).ToList();
}
