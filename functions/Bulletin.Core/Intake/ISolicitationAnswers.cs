namespace Bulletin.Intake;

/// <summary>Tells intake which solicitation (约稿) a submission answers, and records the answer (solicitations decide
/// what counts: it must exist and address the submitter's unit).</summary>
public interface ISolicitationAnswers
{
    /// <summary>The solicitation a mail's subject names (【约稿12】), if it addresses <paramref name="unit"/>.</summary>
    Task<int?> ForMailAsync(string? subject, string unit, CancellationToken cancellationToken);

    /// <summary>The solicitation chosen on the upload page, if it addresses <paramref name="unit"/>.</summary>
    Task<int?> ForUploadAsync(int? chosen, string unit, CancellationToken cancellationToken);

    /// <summary>The solicitations the unit may still answer, for the upload page.</summary>
    Task<IReadOnlyList<SolicitationChoice>> OpenForAsync(string unit, CancellationToken cancellationToken);

    /// <summary>Records the stored submission as its unit's answer; recording it again changes nothing.</summary>
    Task RecordAsync(Submission submission, CancellationToken cancellationToken);
}

/// <param name="Label">As the page shows it: 【约稿12】主题（2026年12月10日 18:00截止）.</param>
public sealed record SolicitationChoice(int Number, string Label);

/// <summary>Intake without solicitations (a host that does not add them): nothing answers anything.</summary>
internal sealed class NoSolicitationAnswers : ISolicitationAnswers
{
    public Task<int?> ForMailAsync(string? subject, string unit, CancellationToken cancellationToken) => Task.FromResult<int?>(null);
    public Task<int?> ForUploadAsync(int? chosen, string unit, CancellationToken cancellationToken) => Task.FromResult<int?>(null);
    public Task<IReadOnlyList<SolicitationChoice>> OpenForAsync(string unit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SolicitationChoice>>([]);
    public Task RecordAsync(Submission submission, CancellationToken cancellationToken) => Task.CompletedTask;
}
