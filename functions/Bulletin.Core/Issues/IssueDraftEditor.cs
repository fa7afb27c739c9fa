using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Issues.Markings;
using Bulletin.Issues.Storage;

namespace Bulletin.Issues;

/// <summary>Edits a draft: its articles (order, added, removed), date, series headline, 本期送/发 lines and 责任编辑. Saved
/// only under the ETag the editor's form was made from; added submissions are claimed first and removed ones released
/// after the save; every saved edit is audited with who, when and what changed.</summary>
public sealed class IssueDraftEditor(IssueStore issues, IssueClaimStore claims, SubmissionStore submissions, IssueAuditLog audit, IssueYearMove yearMove)
{
    public const int MaxLineLength = 500;

    /// <summary>The draft and the ETag an edit form must carry.</summary>
    public async Task<(AssembledIssue Issue, string ETag)?> FindAsync(string series, int year, int number, CancellationToken cancellationToken) =>
        await issues.FindAsync(series, year, number, cancellationToken) is { } found ? (found.Issue, found.ETag.ToString()) : null;

    /// <summary>Saves the edit of draft <paramref name="year"/>/<paramref name="number"/> of <paramref name="series"/>; a date in
    /// another year moves the draft to the next number of that year (<see cref="IssueYearMove"/>).</summary>
    public async Task<IssueEditResult> EditAsync(string series, int year, int number, IssueEdit edit, string editor, CancellationToken cancellationToken)
    {
        if (await issues.FindAsync(series, year, number, cancellationToken) is not { } found)
            return new IssueEditResult(IssueEditOutcome.NotFound, null);
        var (current, etag) = found;
        if (current.State != IssueState.Draft)
            return new IssueEditResult(IssueEditOutcome.NotDraft, current, "本期已签发，不能再修改。");
        if (etag.ToString() != edit.ETag)
            return new IssueEditResult(IssueEditOutcome.ChangedMeanwhile, current,
                "您打开页面后，本期草稿已被他人修改，您的修改未保存。您填写的内容仍在下面的表单中；请对照上方的最新预览核对后，再点“保存修改”。", etag.ToString());
        if ((Validate(edit) ?? IssueMarkingsEdit.Problem(edit, current)) is { } problem)
            return new IssueEditResult(IssueEditOutcome.Invalid, current, problem, etag.ToString());

        var kept = current.Articles.ToDictionary(a => a.SubmissionId, StringComparer.Ordinal);
        var added = edit.SubmissionIds.Where(id => !kept.ContainsKey(id)).ToList();
        var removed = current.Articles.Select(a => a.SubmissionId).Except(edit.SubmissionIds, StringComparer.Ordinal).ToList();
        var fresh = new Dictionary<string, AssembledArticle>(StringComparer.Ordinal);
        foreach (var id in added)
        {
            if (await submissions.FindAsync(id, cancellationToken) is not { Status: SubmissionStatus.Adopted } s)
                return new IssueEditResult(IssueEditOutcome.Invalid, current, $"稿件 {id} 不存在或未采用，不能编入。", etag.ToString());
            fresh[id] = new AssembledArticle(s.Id, s.AdoptedTitle, s.AdoptedParagraphs, s.Unit) { Photos = s.Photos };
        }
        var changed = IssueMarkingsEdit.Apply(edit, current with
        {
            Articles = edit.SubmissionIds.Select(id => kept.TryGetValue(id, out var a) ? a : fresh[id]).ToList(),
            Date = edit.Date, Series = edit.Series, SentUpTo = edit.SentUpTo.Trim(), IssuedTo = edit.IssuedTo.Trim(), Editors = edit.Editors,
        });
        var changes = IssueChanges.Describe(current, changed);
        if (changes.Count == 0)
            return new IssueEditResult(IssueEditOutcome.Unchanged, current, null, etag.ToString());

        // The year is the issue's own: a draft dated into another year is numbered there.
        if (changed.Date.Year != current.Year)
            return await yearMove.MoveAsync(current, etag, changed, added, changes, editor, cancellationToken);
        var owner = IssueClaimStore.OwnerOf(current);
        if (await claims.TryClaimAllAsync(added, owner, cancellationToken) is { } taken)
            return new IssueEditResult(IssueEditOutcome.Invalid, current, $"稿件 {taken} 已编入其他一期，不能再编入本期。", etag.ToString());
        var saved = await issues.TrySaveAsync(changed, etag, cancellationToken);
        if (!saved.Saved)
        {
            await claims.ReleaseAsync(added, owner, cancellationToken);
            var now = await issues.FindAsync(series, year, number, cancellationToken);
            return saved.Outcome == IssueSaveOutcome.ChangedMeanwhile
                ? new IssueEditResult(IssueEditOutcome.ChangedMeanwhile, now?.Issue ?? current,
                    "保存时发现本期草稿刚被他人修改，您的修改未保存。您填写的内容仍在下面的表单中；请核对后再保存。", now?.ETag.ToString())
                : new IssueEditResult(IssueEditOutcome.NotDraft, now?.Issue ?? current, "本期已签发，不能再修改。");
        }
        await claims.ReleaseAsync(removed, owner, cancellationToken);
        await audit.AppendAsync(changed, editor, "修改草稿", string.Join("；", changes), cancellationToken);
        return new IssueEditResult(IssueEditOutcome.Saved, changed, null, saved.ETag?.ToString());
    }

    private static string? Validate(IssueEdit edit)
    {
        if (edit.SubmissionIds.Count == 0)
            return "请至少保留一篇稿件。";
        if (string.IsNullOrWhiteSpace(edit.SentUpTo) || string.IsNullOrWhiteSpace(edit.IssuedTo))
            return "请填写“本期送”和“发”。";
        if (edit.SentUpTo.Length > MaxLineLength || edit.IssuedTo.Length > MaxLineLength)
            return $"“本期送”和“发”各不能超过 {MaxLineLength} 个字。";
        if (edit.Editors.Count == 0)
            return "请填写责任编辑（多人用空格或顿号分开）。";
        return null;
    }
}
