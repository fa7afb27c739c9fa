using Bulletin.Solicitations.Storage;
using Bulletin.Statistics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Solicitations;

/// <summary>The daily pass over open solicitations: from <see cref="SolicitationOptions.ReminderDaysBefore"/> China days
/// before the deadline, units that have not answered are reminded once; after the deadline they are marked missing.
/// First, an open solicitation whose notices were never sent (the app stopped between saving it and queueing
/// <c>solicitation-created</c>) gets them now. Safe to run any number of times: mails are claimed per person, marks are
/// saved under the ETag and audited once.</summary>
public sealed class SolicitationReminderService(SolicitationStore store, SolicitationMailer mailer, SolicitationAuditLog audit, SolicitationMailLog log,
    IEnumerable<IStatisticsFeed> statistics, IOptions<SolicitationOptions> options, TimeProvider clock, ILogger<SolicitationReminderService> logger)
{
    /// <summary>Returns how many reminder mails went out and how many units were marked missing.</summary>
    public async Task<(int Reminded, int MarkedMissing)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (reminded, missing) = (0, 0);
        foreach (var solicitation in await store.ListAsync(cancellationToken))
        {
            if (solicitation.NoticesSentAt is null && now <= solicitation.Deadline)
            {
                var sent = await mailer.SendNoticesAsync(solicitation, cancellationToken);
                logger.LogWarning("Solicitation {Number} had no notices sent; the timer sent {Mails}", solicitation.Number, sent);
            }
            if (now > solicitation.Deadline)
                missing += await MarkMissingAsync(solicitation, now, cancellationToken);
            else if (IsReminderDue(solicitation.Deadline, now, options.Value.ReminderDaysBefore))
                reminded += await RemindAsync(solicitation, now, cancellationToken);
        }
        await log.RecordRunAsync(now, reminded, missing, cancellationToken);
        return (reminded, missing);
    }

    /// <summary>From the start of the China day <paramref name="daysBefore"/> days before the deadline's China day.</summary>
    public static bool IsReminderDue(DateTimeOffset deadline, DateTimeOffset now, int daysBefore)
    {
        var deadlineDay = ChinaTime.Date(deadline);
        var today = ChinaTime.Date(now);
        return now <= deadline && today >= deadlineDay.AddDays(-daysBefore);
    }

    private async Task<int> RemindAsync(Solicitation solicitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = solicitation.Units.Where(u => u.SubmissionId is null && u.RemindedAt is null).Select(u => u.Unit).ToList();
        if (due.Count == 0)
            return 0;
        var sent = await mailer.SendAsync(solicitation, due, SolicitationMailer.ReminderKind, cancellationToken);
        await MarkAsync(solicitation.Number, due, u => u.SubmissionId is null && u.RemindedAt is null, u => u with { RemindedAt = now }, cancellationToken);
        foreach (var unit in due)
            await audit.AppendAsync(solicitation.Number, $"reminded:{unit}", "Reminded", unit, "timer", now, "截止前提醒负责同志", cancellationToken);
        logger.LogInformation("Solicitation {Number}: reminded {Units} units ({Mails} mails)", solicitation.Number, due.Count, sent);
        return sent;
    }

    private async Task<int> MarkMissingAsync(Solicitation solicitation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = solicitation.Units.Where(u => u.SubmissionId is null && u.MarkedMissingAt is null).Select(u => u.Unit).ToList();
        if (due.Count == 0)
            return 0;
        // Scored before the mark is saved: if saving fails, the next run scores again (idempotent) rather than never.
        foreach (var feed in statistics)
            foreach (var unit in due)
                await feed.SolicitationAnsweredAsync(SolicitationScoring.Outcome(solicitation, new SolicitedUnit(unit), now), cancellationToken);
        var stored = await MarkAsync(solicitation.Number, due, u => u.SubmissionId is null && u.MarkedMissingAt is null, u => u with { MarkedMissingAt = now }, cancellationToken);
        // A unit whose answer came in while this ran is scored by its answer again, which removes the missing fact.
        foreach (var answered in stored?.Units.Where(u => due.Contains(u.Unit) && u.SubmissionId is not null) ?? [])
            foreach (var feed in statistics)
                await feed.SolicitationAnsweredAsync(SolicitationScoring.Outcome(stored!, answered, now), cancellationToken);
        foreach (var unit in due.Where(u => stored?.UnitNamed(u)?.MarkedMissingAt == now))
            await audit.AppendAsync(solicitation.Number, $"missing:{unit}", "MarkedMissing", unit, "timer", now, "截止时未报送", cancellationToken);
        logger.LogInformation("Solicitation {Number}: {Units} units marked missing", solicitation.Number, due.Count);
        return due.Count;
    }

    /// <summary>Marks the units still in need (re-checked on what is stored, so an answer that came in meanwhile is not overwritten).</summary>
    private Task<Solicitation?> MarkAsync(int number, IReadOnlyList<string> units, Func<SolicitedUnit, bool> stillDue, Func<SolicitedUnit, SolicitedUnit> mark, CancellationToken cancellationToken) =>
        store.UpdateAsync(number, s =>
        {
            var changed = s.Units.Where(u => units.Contains(u.Unit) && stillDue(u)).ToList();
            return changed.Count == 0 ? null : changed.Aggregate(s, (current, u) => current.WithUnit(mark(u)));
        }, cancellationToken);
}
