namespace Bulletin.Issues;

/// <summary>What an edit changed in a draft, one Chinese phrase per change, for the audit log.</summary>
public static class IssueChanges
{
    public static IReadOnlyList<string> Describe(AssembledIssue before, AssembledIssue after)
    {
        var changes = new List<string>();
        var was = before.Articles.Select(a => a.SubmissionId).ToList();
        var now = after.Articles.Select(a => a.SubmissionId).ToList();
        foreach (var article in after.Articles.Where(a => !was.Contains(a.SubmissionId)))
            changes.Add($"编入稿件 {article.SubmissionId}《{article.Title}》");
        foreach (var article in before.Articles.Where(a => !now.Contains(a.SubmissionId)))
            changes.Add($"移出稿件 {article.SubmissionId}《{article.Title}》");
        if (!was.Intersect(now).SequenceEqual(now.Intersect(was)))
            changes.Add("调整稿件顺序：" + string.Join("、", now));
        if (before.Date != after.Date)
            changes.Add($"日期 {IssueText.Date(before.Date)} → {IssueText.Date(after.Date)}");
        if (before.Series?.ToString() != after.Series?.ToString())
            changes.Add($"专题标题 {before.Series?.ToString() ?? "（无）"} → {after.Series?.ToString() ?? "（无）"}");
        if (before.SentUpTo != after.SentUpTo)
            changes.Add($"本期送 {before.SentUpTo} → {after.SentUpTo}");
        if (before.IssuedTo != after.IssuedTo)
            changes.Add($"发 {before.IssuedTo} → {after.IssuedTo}");
        if (!before.Editors.SequenceEqual(after.Editors))
            changes.Add($"责任编辑 {string.Join(' ', before.Editors)} → {string.Join(' ', after.Editors)}");
        changes.AddRange(Markings.IssueMarkingsEdit.Describe(before, after));
        return changes;
    }
}
