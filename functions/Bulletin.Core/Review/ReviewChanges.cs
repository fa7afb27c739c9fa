using Bulletin.Intake;

namespace Bulletin.Review;

/// <summary>What an editor changed when adopting, for the audit log: the title, and each paragraph that differs.</summary>
public sealed record ReviewChanges(TextChange? Title, IReadOnlyList<ParagraphChange> Paragraphs)
{
    /// <summary>The decision's edits against the text as submitted (which is kept unchanged beside them).</summary>
    public static ReviewChanges Of(Submission before)
    {
        var decision = before.Decision;
        if (decision is null)
            return new ReviewChanges(null, []);
        var title = decision.EditedTitle is { } t && t != before.Title ? new TextChange(before.Title, t) : null;
        var paragraphs = new List<ParagraphChange>();
        if (decision.EditedParagraphs is { } edited)
            for (var i = 0; i < Math.Max(edited.Count, before.Paragraphs.Count); i++)
            {
                var from = i < before.Paragraphs.Count ? before.Paragraphs[i] : null;
                var to = i < edited.Count ? edited[i] : null;
                if (from != to)
                    paragraphs.Add(new ParagraphChange(i + 1, from, to));
            }
        return new ReviewChanges(title, paragraphs);
    }
}

public sealed record TextChange(string From, string To);

/// <param name="Number">1-based, as an editor counts paragraphs; From or To is null where a paragraph was added or removed.</param>
public sealed record ParagraphChange(int Number, string? From, string? To);
