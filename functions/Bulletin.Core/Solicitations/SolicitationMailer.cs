using Bulletin.Distribution;
using Bulletin.Intake.Storage;
using Bulletin.Intake;
using Bulletin.Mail;
using Bulletin.Solicitations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Solicitations;

/// <summary>Mails each addressed unit's 负责同志 (as the directory has them now) a solicitation's notice or reminder
/// with the unit's signed submission link; every mail is claimed in <see cref="SolicitationMailLog"/> first, so a retried
/// step mails nobody twice, and given back if sending fails.</summary>
public sealed class SolicitationMailer(SolicitationStore store, SolicitationMailLog log, DistributionPlanner directory, UnitSubmissionLinks links,
    MailSender mail, IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<SolicitationMailer> logger)
{
    public const string NoticeKind = "notice";
    public const string ReminderKind = "reminder";

    /// <summary>The queue step after creation: every addressed unit gets the solicitation.</summary>
    public async Task SendNoticesAsync(SolicitationCreated message, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(message.Number, cancellationToken) is not { } solicitation)
        {
            logger.LogWarning("Solicitation {Number} not found; no mail sent", message.Number);
            return;
        }
        await SendNoticesAsync(solicitation, cancellationToken);
    }

    /// <summary>Every addressed unit gets the solicitation (those mailed already are skipped), then the solicitation notes
    /// <see cref="Solicitation.NoticesSentAt"/>, so the reminder timer's fallback leaves it alone; returns the mails sent now.</summary>
    public async Task<int> SendNoticesAsync(Solicitation solicitation, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(solicitation, [.. solicitation.Units.Select(u => u.Unit)], NoticeKind, cancellationToken);
        var now = clock.GetUtcNow();
        await store.UpdateAsync(solicitation.Number, s => s.NoticesSentAt is null ? s with { NoticesSentAt = now } : null, cancellationToken);
        return sent;
    }

    /// <summary>Sends <paramref name="kind"/> to the 负责同志 of <paramref name="units"/>; returns how many mails went out now.</summary>
    public async Task<int> SendAsync(Solicitation solicitation, IReadOnlyList<string> units, string kind, CancellationToken cancellationToken)
    {
        var people = (await directory.CurrentDirectoryAsync(cancellationToken)).People;
        var sent = 0;
        foreach (var unit in units)
        {
            var responsible = people.Where(p => p.Unit == unit && p.Roles.Contains(Bulletin.Directory.DirectoryRole.Responsible)).ToList();
            if (responsible.Count == 0)
                logger.LogWarning("Solicitation {Number}: {Unit} has no responsible person to mail", solicitation.Number, unit);
            foreach (var person in responsible)
            {
                if (!await log.TryClaimAsync(solicitation.Number, kind, unit, person.Email, clock.GetUtcNow(), cancellationToken))
                    continue;
                try
                {
                    var link = $"{await links.IssueAsync(unit, cancellationToken)}&solicitation={solicitation.Number}";
                    var composed = kind == ReminderKind
                        ? SolicitationMails.Reminder(solicitation, unit, person.Email, person.Name, link, mailOptions.Value.FromName)
                        : SolicitationMails.Notice(solicitation, unit, person.Email, person.Name, link, mailOptions.Value.FromName);
                    await mail.SendAsync(composed, cancellationToken);
                }
                catch
                {
                    await log.ReleaseAsync(solicitation.Number, kind, unit, person.Email);
                    throw;
                }
                sent++;
                logger.LogInformation("Solicitation {Number} {Kind} sent to {Unit} ({Email})", solicitation.Number, kind, unit, person.Email);
            }
        }
        return sent;
    }
}
