namespace Bulletin.Issues;

public sealed record IssueAuditEntry(DateTimeOffset At, string Actor, string Action, string Detail);
