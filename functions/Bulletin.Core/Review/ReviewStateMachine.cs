using Bulletin.Intake;

namespace Bulletin.Review;

/// <summary>Submitted → Adopted | RevisionRequested | Rejected. A decided submission is decided again only where
/// re-decision is allowed (the dashboard); links and replies can only take the first decision.</summary>
public static class ReviewStateMachine
{
    public const int MaxReasonLength = 2_000;
    public const int MaxTitleLength = ArticleLimits.MaxTitleCharacters;

    public static ReviewVerdict Evaluate(SubmissionStatus current, SubmissionDecision? last, ReviewRequest request, bool allowRedecision)
    {
        var target = request.Choice.Outcome();
        if (current != SubmissionStatus.Submitted)
        {
            if (target == current && last is not null && string.Equals(last.DecidedBy, request.EditorEmail, StringComparison.OrdinalIgnoreCase))
                return new ReviewVerdict(ReviewVerdictKind.AlreadyDecidedByYou, current);
            if (!allowRedecision || target == current)
                return new ReviewVerdict(ReviewVerdictKind.AlreadyDecided, current);
        }
        return Problem(request) is { } problem
            ? new ReviewVerdict(ReviewVerdictKind.Invalid, Problem: problem)
            : new ReviewVerdict(ReviewVerdictKind.Apply, target);
    }

    /// <summary>What is missing or wrong in the request, in words for the editor; null when it is complete.</summary>
    public static string? Problem(ReviewRequest request)
    {
        var reason = request.Reason?.Trim() ?? "";
        if (request.Choice != ReviewChoice.Adopt && reason.Length == 0)
            return request.Choice == ReviewChoice.Revise ? "请填写退回修改的理由：报送单位将按此修改。" : "请填写不采用的理由：报送单位会收到这条理由。";
        if (reason.Length > MaxReasonLength)
            return $"理由不能超过 {MaxReasonLength} 字。";
        if (request.Choice == ReviewChoice.Adopt && request.EditedTitle is { } title && (title.Trim().Length == 0 || title.Trim().Length > MaxTitleLength))
            return $"标题不能为空，也不能超过 {MaxTitleLength} 字。";
        if (request.Choice == ReviewChoice.Adopt && request.EditedParagraphs is { } paragraphs)
            return paragraphs.Count == 0 ? "正文不能为空。" : ArticleLimits.TextProblem(paragraphs);
        return null;
    }
}
