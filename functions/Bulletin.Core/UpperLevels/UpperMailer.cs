using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Bulletin.Directory;
using Bulletin.Distribution;
using Bulletin.Mail;
using Bulletin.Mail.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.UpperLevels;

/// <summary>Mails an upper-level record's people, each mail claimed first in table <c>uppermails</c> (one row per record,
/// kind and address), so a repeated or retried step mails nobody twice, and given back if sending fails.</summary>
public sealed class UpperMailer(TableServiceClient tables, DistributionPlanner directory, InstructionLinks links, MailSender mail,
    IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<UpperMailer> logger)
{
    public const string TableName = "uppermails";
    private MailClaims Claims => new(tables.GetTableClient(TableName));

    /// <summary>A 批示: its words to the unit's 信息员 and 负责同志 (with the 落实情况 link) and to every editor; an
    /// adoption: the notice to the unit's 信息员 and 负责同志. Returns how many mails went out now.</summary>
    public async Task<int> SendRecordedAsync(UpperRecord record, string title, CancellationToken cancellationToken)
    {
        var people = (await directory.CurrentDirectoryAsync(cancellationToken)).People;
        var unit = UnitPeople(people, record.Unit);
        var bulletin = mailOptions.Value.FromName;
        if (record.Kind == UpperRecordKind.Adoption)
            return await SendAsync(record, UpperMails.AdoptionKind, unit, p => UpperMails.Adoption(record, title, p.Email, p.Name, bulletin), cancellationToken);
        var editors = people.Where(p => p.Roles.Contains(DirectoryRole.Editor) && !unit.Contains(p)).ToList();
        return await SendAsync(record, UpperMails.InstructionKind, unit, p => UpperMails.Instruction(record, title, p.Email, p.Name, links.Url(record), bulletin), cancellationToken)
            + await SendAsync(record, UpperMails.InstructionKind, editors, p => UpperMails.Instruction(record, title, p.Email, p.Name, null, bulletin), cancellationToken);
    }

    /// <summary>The reminder of a 批示 still without 落实情况, to the unit's 信息员 and 负责同志.</summary>
    public async Task<int> SendReminderAsync(UpperRecord record, string title, CancellationToken cancellationToken)
    {
        var unit = UnitPeople((await directory.CurrentDirectoryAsync(cancellationToken)).People, record.Unit);
        return await SendAsync(record, UpperMails.ReminderKind, unit,
            p => UpperMails.Reminder(record, title, p.Email, p.Name, links.Url(record), mailOptions.Value.FromName), cancellationToken);
    }

    private static List<DirectoryPerson> UnitPeople(IReadOnlyList<DirectoryPerson> people, string unit) =>
        people.Where(p => p.Unit == unit && (p.Roles.Contains(DirectoryRole.Submitter) || p.Roles.Contains(DirectoryRole.Responsible))).ToList();

    private async Task<int> SendAsync(UpperRecord record, string kind, IReadOnlyList<DirectoryPerson> people, Func<DirectoryPerson, OutgoingMail> compose,
        CancellationToken cancellationToken)
    {
        if (people.Count == 0)
            logger.LogWarning("Upper-level record {Record} of {SubmissionId}: nobody to send {Kind} to", record.Id, record.SubmissionId, kind);
        var sent = 0;
        foreach (var person in people)
        {
            var rowKey = $"{record.Id}-{kind}-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(person.Email.ToLowerInvariant())))[..16];
            var claim = new TableEntity(record.SubmissionId, rowKey) { ["To"] = person.Email, ["ClaimedAt"] = clock.GetUtcNow() };
            if (!await Claims.TryClaimAsync(claim, cancellationToken))
                continue;
            try
            {
                await mail.SendAsync(compose(person), cancellationToken);
            }
            catch
            {
                await Claims.ReleaseAsync(record.SubmissionId, rowKey);
                throw;
            }
            sent++;
            logger.LogInformation("Upper-level {Kind} of {SubmissionId} sent to {Email}", kind, record.SubmissionId, person.Email);
        }
        return sent;
    }
}
