using Bulletin.Intake;

namespace Bulletin.Review;

/// <summary><see cref="ReviewResultKind.NotAnEditor"/>: the directory no longer makes the deciding person an editor (or 签发人).</summary>
public enum ReviewResultKind { Decided, AlreadyDecidedByYou, AlreadyDecided, Invalid, NotFound, NotAnEditor }

/// <summary>What became of a decision; <see cref="Submission"/>'s Decision says who decided what and when.</summary>
public sealed record ReviewResult(ReviewResultKind Kind, Submission? Submission, string? Problem = null);
