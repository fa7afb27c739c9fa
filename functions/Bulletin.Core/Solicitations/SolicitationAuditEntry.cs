namespace Bulletin.Solicitations;

/// <summary>One event of a solicitation: <c>Created</c>, <c>Answered</c>, <c>Reminded</c> or <c>MarkedMissing</c>, the unit it concerns (empty for none).</summary>
public sealed record SolicitationAuditEntry(DateTimeOffset At, string Event, string Unit, string By, string Detail);
