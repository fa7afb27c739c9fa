using Bulletin.Intake;

namespace Bulletin.Review;

public enum ReviewResultKind { Decided, AlreadyDecidedByYou, AlreadyDecided, Invalid, NotFound }

/// <summary>What became of a decision; <see cref="Submission"/>'s Decision says who decided what and when.</summary>
public sealed record ReviewResult(ReviewResultKind Kind, Submission? Submission, string? Problem = null);
