namespace Bulletin.Review;

/// <summary>One review transition as stored: channel and statuses by name (<see cref="ReviewChannel"/>, <see cref="Intake.SubmissionStatus"/>).</summary>
public sealed record ReviewAuditEntry(DateTimeOffset At, string Editor, string Channel, string FromStatus, string ToStatus, string Reason);
