namespace Bulletin.Issues.Markings;

/// <summary>The markings and 编者按 part of editing a draft: what may be asked, applying it, and the audit's phrases for it.</summary>
public static class IssueMarkingsEdit
{
    /// <summary>Why the markings or notes asked for cannot be printed on <paramref name="current"/>, or null.</summary>
    public static string? Problem(IssueEdit edit, AssembledIssue current) =>
        edit.Markings.Problem() ?? MarkingsChange.Conflict(edit.Markings.ApplyTo(current.Markings), edit.Markings)
        ?? EditorsNote.Problem(EditorsNote.Clean(edit.EditorsNote))
        ?? edit.ArticleNotes.Values.Select(n => EditorsNote.Problem(EditorsNote.Clean(n))).FirstOrDefault(p => p is not null);

    /// <summary><paramref name="issue"/> with the markings and notes asked for.</summary>
    public static AssembledIssue Apply(IssueEdit edit, AssembledIssue issue) => issue with
    {
        Markings = edit.Markings.ApplyTo(issue.Markings),
        EditorsNote = edit.EditorsNote is null ? issue.EditorsNote : EditorsNote.Clean(edit.EditorsNote),
        Articles = issue.Articles.Select(a => edit.ArticleNotes.TryGetValue(a.SubmissionId, out var note) ? a with { EditorsNote = EditorsNote.Clean(note) } : a).ToList(),
    };

    public static IEnumerable<string> Describe(AssembledIssue before, AssembledIssue after)
    {
        if (before.Markings != after.Markings)
            yield return $"标注 {MarkingsText.Describe(before.Markings)} → {MarkingsText.Describe(after.Markings)}";
        if (before.EditorsNote != after.EditorsNote)
            yield return $"编者按 {before.EditorsNote ?? "（无）"} → {after.EditorsNote ?? "（无）"}";
        var notes = before.Articles.ToDictionary(a => a.SubmissionId, a => a.EditorsNote);
        foreach (var article in after.Articles.Where(a => notes.TryGetValue(a.SubmissionId, out var was) && was != a.EditorsNote))
            yield return $"《{article.Title}》前的编者按 {notes[article.SubmissionId] ?? "（无）"} → {article.EditorsNote ?? "（无）"}";
    }
}
