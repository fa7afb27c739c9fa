using Bulletin.Intake;
using Bulletin.Solicitations.Storage;
using Bulletin.Statistics;
using Microsoft.Extensions.Logging;

namespace Bulletin.Solicitations;

/// <summary>Links submissions to solicitations: a mail whose subject keeps 【约稿12】, or an upload that chose it, answers
/// solicitation 12 when it addresses the submitter's unit. The unit's first answer counts, on time up to the deadline, late after.</summary>
public sealed class SolicitationAnswers(SolicitationStore store, SolicitationAuditLog audit, IEnumerable<IStatisticsFeed> statistics, ILogger<SolicitationAnswers> logger)
    : ISolicitationAnswers
{
    public Task<int?> ForMailAsync(string? subject, string unit, CancellationToken cancellationToken) =>
        ForUploadAsync(SolicitationCode.NumberIn(subject), unit, cancellationToken);

    public async Task<int?> ForUploadAsync(int? chosen, string unit, CancellationToken cancellationToken) =>
        chosen is { } number && await store.FindAsync(number, cancellationToken) is { } s && s.UnitNamed(unit) is not null ? number : null;

    public async Task<IReadOnlyList<SolicitationChoice>> OpenForAsync(string unit, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(cancellationToken)).Where(s => s.UnitNamed(unit) is { SubmissionId: null })
            .Select(s => new SolicitationChoice(s.Number, $"{s.Code}{s.Topic}（{SolicitationTime.Format(s.Deadline)}截止）"))];

    public async Task RecordAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission.SolicitationNumber is not { } number)
            return;
        var stored = await store.UpdateAsync(number, s => s.UnitNamed(submission.Unit) is { SubmissionId: null } unit
            ? s.WithUnit(unit with { SubmissionId = submission.Id, AnsweredAt = submission.ReceivedAt })
            : null, cancellationToken);
        // Audited from the stored answer, so a retry writes the same entry (kept once).
        if (stored?.UnitNamed(submission.Unit) is { SubmissionId: { } answer, AnsweredAt: { } at } answered && answer == submission.Id)
        {
            var status = answered.StatusAt(stored.Deadline, at);
            await audit.AppendAsync(number, $"answered:{submission.Unit}", "Answered", submission.Unit, submission.SubmitterName, at,
                $"{status.Label()}：《{submission.Title}》（{submission.Id}）", cancellationToken);
            foreach (var feed in statistics)
                await feed.SolicitationAnsweredAsync(SolicitationScoring.Outcome(stored, answered, at), cancellationToken);
            logger.LogInformation("Submission {SubmissionId} answers solicitation {Number} for {Unit}: {Status}", submission.Id, number, submission.Unit, status);
        }
    }
}
