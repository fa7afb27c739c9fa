namespace Bulletin.Solicitations;

/// <summary>A solicitation (约稿): the editors ask the addressed units for articles on a topic by a deadline.</summary>
/// <param name="Number">Counts solicitations from 1; the code 【约稿12】 in mail subjects names it.</param>
/// <param name="Addressed">The units line as the editor wrote it (the 送/发 item syntax: 各街道办事处、区总工会).</param>
/// <param name="Units">Each addressed unit, resolved when the solicitation was created, with its answer.</param>
public sealed record Solicitation(
    int Number, string Topic, string Text, string Addressed, IReadOnlyList<SolicitedUnit> Units,
    DateTimeOffset Deadline, string CreatedBy, DateTimeOffset CreatedAt)
{
    public string Code => SolicitationCode.Of(Number);

    /// <summary>When the notices to every unit were sent (by the queue step, or by the reminder timer's fallback if the
    /// app stopped before queueing them); null until then.</summary>
    public DateTimeOffset? NoticesSentAt { get; init; }

    public SolicitedUnit? UnitNamed(string unit) => Units.FirstOrDefault(u => u.Unit == unit);

    public Solicitation WithUnit(SolicitedUnit changed) => this with { Units = [.. Units.Select(u => u.Unit == changed.Unit ? changed : u)] };
}

/// <summary>Where one addressed unit stands: its first answering submission, and what the timer did about it.</summary>
public sealed record SolicitedUnit(string Unit)
{
    public string? SubmissionId { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? RemindedAt { get; init; }
    /// <summary>When the timer found no answer after the deadline (a later answer still counts, as late).</summary>
    public DateTimeOffset? MarkedMissingAt { get; init; }

    public SolicitationAnswer StatusAt(DateTimeOffset deadline, DateTimeOffset now) =>
        AnsweredAt is { } at ? (at <= deadline ? SolicitationAnswer.OnTime : SolicitationAnswer.Late)
        : now > deadline ? SolicitationAnswer.Missing : SolicitationAnswer.Waiting;
}

/// <summary>A unit's answer to a solicitation, as statistics score it.</summary>
public enum SolicitationAnswer { OnTime, Late, Waiting, Missing }

public static class SolicitationAnswerLabels
{
    public static string Label(this SolicitationAnswer answer) => answer switch
    {
        SolicitationAnswer.OnTime => "按时报送",
        SolicitationAnswer.Late => "逾期报送",
        SolicitationAnswer.Waiting => "尚未报送",
        _ => "截止未报",
    };
}

public static class SolicitationTime
{
    /// <summary>A moment as people read it in China: 2026年12月10日 18:00.</summary>
    public static string Format(DateTimeOffset time) => ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(time, ChinaTime.Zone));
}
