using Bulletin.Statistics;

namespace Bulletin.Solicitations;

/// <summary>A unit's answer as statistics score it (terms solicited_on_time, solicited_late, solicited_missing).</summary>
public static class SolicitationScoring
{
    public static SolicitationOutcome Outcome(Solicitation s, SolicitedUnit unit, DateTimeOffset now) => new(s.Number, unit.Unit, unit.SubmissionId, s.Deadline,
        unit.StatusAt(s.Deadline, now) switch
        {
            SolicitationAnswer.OnTime => SolicitationOutcome.OnTime,
            SolicitationAnswer.Late => SolicitationOutcome.Late,
            _ => SolicitationOutcome.Missing,
        });
}
