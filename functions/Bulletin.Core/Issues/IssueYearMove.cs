using Azure;
using Bulletin.Issues.Storage;

namespace Bulletin.Issues;

/// <summary>A draft whose date moves into another year takes the next number of that year (keeping its 总第 number), as an
/// office numbers issues within their own year: the new number is allocated with the allocator's race guarantees, the draft
/// saved under it, its claims moved, then the old row deleted under the ETag the editor's form was made from. The old
/// number stays used (a gap the audit of both explains); a draft changed meanwhile is put back as it was.</summary>
public sealed class IssueYearMove(IssueStore issues, IssueNumberAllocator numbers, IssueClaimStore claims, IssueAuditLog audit)
{
    public async Task<IssueEditResult> MoveAsync(AssembledIssue current, ETag etag, AssembledIssue changed, IReadOnlyList<string> added,
        IReadOnlyList<string> changes, string editor, CancellationToken cancellationToken)
    {
        // Added submissions are claimed before a number is allocated, as for a new draft.
        var pending = IssueClaimStore.NewPendingOwner();
        if (await claims.TryClaimAllAsync(added, pending, cancellationToken) is { } taken)
            return new IssueEditResult(IssueEditOutcome.Invalid, current, $"稿件 {taken} 已编入其他一期，不能再编入本期。", etag.ToString());
        var year = changed.Date.Year;
        var moved = changed with { Year = year, Number = await numbers.AllocateInYearAsync(current.SeriesId, year, cancellationToken) };
        var saved = await issues.AddDraftAsync(moved, cancellationToken);
        if (!saved.Saved)
        {
            await claims.ReleaseAsync(added, pending, cancellationToken);
            throw new InvalidOperationException($"Number {moved.Year}/{moved.Number} of series {moved.SeriesId} was allocated but is taken.");
        }
        var (from, to) = (IssueClaimStore.OwnerOf(current), IssueClaimStore.OwnerOf(moved));
        var kept = Contributors(current).Intersect(Contributors(moved), StringComparer.Ordinal).ToList();
        await claims.AssignAsync(added, pending, to, cancellationToken);
        await claims.AssignAsync(kept, from, to, cancellationToken);
        if (!await issues.TryDeleteDraftAsync(current, etag, cancellationToken))
        {
            // Someone saved or signed the old draft meanwhile: it stays, the new row goes, and the number moved to stays unused.
            await claims.AssignAsync(kept, to, from, cancellationToken);
            await claims.ReleaseAsync(added, to, cancellationToken);
            await issues.TryDeleteDraftAsync(moved, saved.ETag!.Value, cancellationToken);
            await audit.AppendAsync(current, editor, "改期未成", $"拟改为 {moved.Year}年第{moved.Number}期，但草稿刚被他人修改；第{moved.Number}期空号", cancellationToken);
            var now = await issues.FindAsync(current.SeriesId, current.Year, current.Number, cancellationToken);
            return new IssueEditResult(IssueEditOutcome.ChangedMeanwhile, now?.Issue ?? current,
                "保存时发现本期草稿刚被他人修改，您的修改未保存。您填写的内容仍在下面的表单中；请核对后再保存。", now?.ETag.ToString());
        }
        await claims.ReleaseAsync(Contributors(current).Except(kept, StringComparer.Ordinal).ToList(), from, cancellationToken);
        var move = $"改为 {moved.Year}年第{moved.Number}期（原 {current.Year}年第{current.Number}期，原期号空号）";
        await audit.AppendAsync(current, editor, "改期", move, cancellationToken);
        await audit.AppendAsync(moved, editor, "修改草稿", string.Join("；", changes.Prepend(move)), cancellationToken);
        return new IssueEditResult(IssueEditOutcome.Saved, moved, null, saved.ETag?.ToString());
    }

    private static IEnumerable<string> Contributors(AssembledIssue issue) => issue.Articles.SelectMany(a => a.Contributors).Select(c => c.SubmissionId);
}
