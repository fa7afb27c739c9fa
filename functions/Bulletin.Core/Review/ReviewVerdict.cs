using Bulletin.Intake;

namespace Bulletin.Review;

public enum ReviewVerdictKind
{
    /// <summary>The decision may be applied: the submission moves to <see cref="ReviewVerdict.Target"/>.</summary>
    Apply,
    /// <summary>The request is incomplete (e.g. no reason); <see cref="ReviewVerdict.Problem"/> says what to fix.</summary>
    Invalid,
    /// <summary>The same editor already took this same decision: a replay, nothing to do.</summary>
    AlreadyDecidedByYou,
    /// <summary>Someone (or this editor, differently) already decided; only the dashboard may decide again.</summary>
    AlreadyDecided,
}

/// <summary>What the state machine says about a request.</summary>
public sealed record ReviewVerdict(ReviewVerdictKind Kind, SubmissionStatus? Target = null, string? Problem = null);
