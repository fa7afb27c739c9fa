using Bulletin.Directory;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Statistics;
using Bulletin.UpperLevels.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.UpperLevels;

/// <summary>Records upper-level adoptions and 领导批示 on adopted submissions, corrects them and takes the unit's 落实情况:
/// each change audited, scored in the statistics facts and mailed (claimed once).</summary>
public sealed class UpperRecordService(SubmissionStore submissions, UpperRecordStore store, UpperAuditLog audit, UpperMailer mailer,
    DirectoryQuery directory, IEnumerable<IStatisticsFeed> statistics, IOptions<UpperLevelOptions> options, TimeProvider clock,
    ILogger<UpperRecordService> logger)
{
    public const string Operator = "operator";

    /// <summary>Who an action is audited under: the editor named (who must be an editor in the directory), else the operator.</summary>
    public async Task<(string? Actor, string? Error)> ActorAsync(string? editor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(editor))
            return (Operator, null);
        return await directory.FindByEmailAsync(editor.Trim(), cancellationToken) is { } person && person.Roles.Contains(DirectoryRole.Editor)
            ? (person.Email, null)
            : (null, $"“{editor}”不是通讯录中的编辑，请填写编辑的邮箱（editor），或不填以操作员身份记录。");
    }

    public IReadOnlyDictionary<string, string> Publications => options.Value.PublicationLevels();

    /// <summary>Records <paramref name="draft"/> on the submission; an identical repeat returns the first record unchanged.</summary>
    public async Task<UpperRecordResult> RecordAsync(string submissionId, UpperRecordDraft draft, string actor, CancellationToken cancellationToken)
    {
        if (await AdoptedAsync(submissionId, cancellationToken) is not { } submission)
            return await RefusalAsync(submissionId, cancellationToken);
        var record = new UpperRecord(UpperRecordRules.IdOf(draft), submission.Id, submission.Unit, draft.Kind, draft.Source, draft.Level,
            draft.Issue, draft.Date, draft.Text, actor, clock.GetUtcNow());
        var (stored, added) = await store.AddIfAbsentAsync(record, cancellationToken);
        // Audit, scoring and mails repeat safely, so a repeat also finishes what an interrupted first try left undone.
        await audit.AppendAsync(submission.Id, $"recorded:{stored.Id}", "Recorded", stored.Id, stored.RecordedBy, stored.RecordedAt,
            UpperRecordRules.Describe(stored.Draft), cancellationToken);
        await ScoreAsync(submission, cancellationToken);
        await MailAsync(stored, submission.AdoptedTitle, cancellationToken);
        if (added)
            logger.LogInformation("Upper-level {Kind} {Record} recorded on {SubmissionId} by {Actor}", draft.Kind, stored.Id, submission.Id, actor);
        return UpperRecordResult.Of(await store.FindAsync(submission.Id, stored.Id, cancellationToken) ?? stored, added);
    }

    /// <summary>Replaces the record's fields with <paramref name="draft"/> (same kind), audited with before and after.</summary>
    public async Task<UpperRecordResult> CorrectAsync(string submissionId, string recordId, UpperRecordDraft draft, string actor, CancellationToken cancellationToken)
    {
        if (await AdoptedAsync(submissionId, cancellationToken) is not { } submission)
            return await RefusalAsync(submissionId, cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await store.UpdateAsync(submissionId, recordId, r => r.Kind != draft.Kind || r.Draft == draft ? null
            : r with { Source = draft.Source, Level = draft.Level, Issue = draft.Issue, Date = draft.Date, Text = draft.Text }, cancellationToken);
        if (changed is not var (before, after) || after.Kind != draft.Kind)
            return UpperRecordResult.Refused(UpperRefusal.NotFound, $"稿件 {submissionId} 没有编号为 {recordId} 的{Noun(draft.Kind)}记录。");
        if (before != after)
        {
            await audit.AppendAsync(submissionId, $"corrected:{recordId}:{now.UtcTicks}", "Corrected", recordId, actor, now,
                $"{UpperRecordRules.Describe(before.Draft)} → {UpperRecordRules.Describe(after.Draft)}", cancellationToken);
            await ScoreAsync(submission, cancellationToken);
            logger.LogInformation("Upper-level record {Record} of {SubmissionId} corrected by {Actor}", recordId, submissionId, actor);
        }
        return UpperRecordResult.Of(after, false);
    }

    /// <summary>The unit's 落实情况 for an instruction: the first answer closes it; a later one changes nothing.</summary>
    public async Task<(UpperRecord Record, bool AnsweredNow)?> AnswerAsync(string submissionId, string recordId, string answer, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var changed = await store.UpdateAsync(submissionId, recordId, r => r.IsOpen ? r with { Answer = answer.Trim(), AnsweredAt = now } : null, cancellationToken);
        if (changed is not var (before, after) || after.Kind != UpperRecordKind.Instruction)
            return null;
        if (before.IsOpen)
        {
            await audit.AppendAsync(submissionId, $"answered:{recordId}", "Answered", recordId, after.Unit, now, after.Answer ?? "", cancellationToken);
            logger.LogInformation("Instruction {Record} of {SubmissionId} answered by {Unit}", recordId, submissionId, after.Unit);
        }
        return (after, before.IsOpen);
    }

    public Task<IReadOnlyList<UpperRecord>> ListAsync(string submissionId, CancellationToken cancellationToken) => store.ListAsync(submissionId, cancellationToken);

    public Task<UpperRecord?> FindAsync(string submissionId, string recordId, CancellationToken cancellationToken) => store.FindAsync(submissionId, recordId, cancellationToken);

    /// <summary>Sends the record's mails (claimed once each) and notes that they are all sent.</summary>
    public async Task MailAsync(UpperRecord record, string title, CancellationToken cancellationToken)
    {
        if (record.MailedAt is not null)
            return;
        await mailer.SendRecordedAsync(record, title, cancellationToken);
        var now = clock.GetUtcNow();
        await store.UpdateAsync(record.SubmissionId, record.Id, r => r.MailedAt is null ? r with { MailedAt = now } : null, cancellationToken);
    }

    private async Task ScoreAsync(Submission submission, CancellationToken cancellationToken)
    {
        var records = await store.ListAsync(submission.Id, cancellationToken);
        foreach (var feed in statistics)
            await feed.UpperLevelsChangedAsync(submission.Id, submission.Unit, Levels(records, UpperRecordKind.Adoption), Levels(records, UpperRecordKind.Instruction), cancellationToken);
    }

    public static IReadOnlyList<string> Levels(IEnumerable<UpperRecord> records, UpperRecordKind kind) => records.Where(r => r.Kind == kind).Select(r => r.Level).ToList();

    private async Task<Submission?> AdoptedAsync(string id, CancellationToken cancellationToken) =>
        await submissions.FindAsync(id, cancellationToken) is { Status: SubmissionStatus.Adopted } adopted ? adopted : null;

    private async Task<UpperRecordResult> RefusalAsync(string id, CancellationToken cancellationToken) =>
        await submissions.FindAsync(id, cancellationToken) is null
            ? UpperRecordResult.Refused(UpperRefusal.NotFound, $"没有编号为 {id} 的稿件。")
            : UpperRecordResult.Refused(UpperRefusal.NotAdopted, $"稿件 {id} 尚未采用：只有本级已采用的稿件才能记录上级采用或领导批示。");

    private static string Noun(UpperRecordKind kind) => kind == UpperRecordKind.Adoption ? "上级采用" : "领导批示";
}

public enum UpperRefusal { NotFound, NotAdopted }

/// <summary>The stored record, or why nothing was recorded.</summary>
public sealed record UpperRecordResult(UpperRecord? Record, bool Created, UpperRefusal? Refusal, string? Error)
{
    public static UpperRecordResult Of(UpperRecord record, bool created) => new(record, created, null, null);
    public static UpperRecordResult Refused(UpperRefusal refusal, string error) => new(null, false, refusal, error);
}
