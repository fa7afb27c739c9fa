using Bulletin.Distribution;
using Bulletin.Solicitations.Storage;
using Bulletin.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Solicitations;

/// <summary>The editors' work on solicitations: checking a draft (the units it reaches, every problem), creating it
/// (numbered, audited, its mails queued), and reading them back.</summary>
public sealed class SolicitationDesk(SolicitationStore store, SolicitationAuditLog audit, DistributionPlanner directory, MessageQueues queues,
    TimeProvider clock, ILogger<SolicitationDesk> logger)
{
    public Task<IReadOnlyList<Solicitation>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    public Task<Solicitation?> FindAsync(int number, CancellationToken cancellationToken) => store.FindAsync(number, cancellationToken);

    public Task<IReadOnlyList<SolicitationAuditEntry>> HistoryAsync(int number, CancellationToken cancellationToken) => audit.ListAsync(number, cancellationToken);

    /// <summary>The draft's units as the current directory resolves them, and every problem with the draft.</summary>
    public async Task<SolicitationCheck> CheckAsync(SolicitationDraft draft, CancellationToken cancellationToken)
    {
        var addressing = SolicitationAddressing.Resolve(draft.Addressed, await directory.CurrentDirectoryAsync(cancellationToken), directory.Aliases);
        return new SolicitationCheck(addressing, [.. draft.Problems(clock.GetUtcNow()), .. addressing.Problems]);
    }

    /// <summary>A new creation key for a checked form: the form carries it to 发送约稿, and creating twice with it creates once.</summary>
    public static string NewCreationKey() => Guid.NewGuid().ToString("N");

    /// <summary>Creates the solicitation if the draft has no problem, and queues the mails to the units' 负责同志. A
    /// <paramref name="creationKey"/> used before returns the solicitation it created, nothing new saved or queued.</summary>
    public async Task<SolicitationCreation> CreateAsync(SolicitationDraft draft, string? creationKey, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(draft, cancellationToken);
        if (!Guid.TryParseExact(creationKey, "N", out _))
            check = check with { Problems = [.. check.Problems, "这份约稿表单已失效，请先点“检查约稿对象”，再点“发送约稿”。"] };
        if (check.Problems.Count > 0)
            return new SolicitationCreation(null, check);
        var now = clock.GetUtcNow();
        var (solicitation, created) = await store.AddAsync(creationKey!, number => new Solicitation(number, draft.Topic.Trim(), draft.Text.Trim(), draft.Addressed.Trim(),
            [.. check.Addressing.Units.Select(u => new SolicitedUnit(u.Unit))], draft.DeadlineInChina()!.Value, draft.Editor, now), cancellationToken);
        if (!created)
        {
            logger.LogInformation("Solicitation {Number} was created by this form already; not created again", solicitation.Number);
            return new SolicitationCreation(solicitation, check);
        }
        await audit.AppendAsync(solicitation.Number, "created", "Created", null, draft.Editor, now,
            $"{solicitation.Topic}；截止 {SolicitationTime.Format(solicitation.Deadline)}；{solicitation.Units.Count} 个单位", cancellationToken);
        // If the app stops before this message is queued, the reminder timer sends the notices (NoticesSentAt stays null).
        await queues.SendAsync(SolicitationQueues.Created, new SolicitationCreated(solicitation.Number), cancellationToken);
        logger.LogInformation("Solicitation {Number} created by {Editor} for {Units} units", solicitation.Number, draft.Editor, solicitation.Units.Count);
        return new SolicitationCreation(solicitation, check);
    }
}

/// <summary>A draft checked against the directory: the units it reaches and every problem (field or units line).</summary>
public sealed record SolicitationCheck(SolicitationAddressing Addressing, IReadOnlyList<string> Problems);

/// <summary>The created solicitation, or null with the check that refused it.</summary>
public sealed record SolicitationCreation(Solicitation? Solicitation, SolicitationCheck Check);

public static class SolicitationQueues
{
    /// <summary>New solicitations whose mails to the units are still to be sent (SolicitationCreated).</summary>
    public const string Created = "solicitation-created";
}

/// <summary>Queue message: a solicitation was created; its units are to be mailed.</summary>
public sealed record SolicitationCreated(int Number);
