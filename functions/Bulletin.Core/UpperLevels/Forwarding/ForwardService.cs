using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Mail;
using Bulletin.Mail.Storage;
using Bulletin.Markup;
using Bulletin.UpperLevels.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.UpperLevels.Forwarding;

/// <summary>上报: mails adopted items to a configured upper office in one mail, one DOCX per item headed with 报送单位,
/// 审签人, 执笔人, 电话. Items forwarded to that office before are left out (idempotent); the mail is claimed first.</summary>
public sealed class ForwardService(SubmissionStore submissions, ForwardLog log, UpperAuditLog audit, TableServiceClient tables, MailSender mail,
    IOptions<UpperLevelOptions> options, IOptions<MailOptions> mailOptions, TimeProvider clock, ILogger<ForwardService> logger)
{
    public async Task<ForwardResult> ForwardAsync(string officeName, IReadOnlyList<string> ids, string actor, CancellationToken cancellationToken)
    {
        if (options.Value.UpperOffices().FirstOrDefault(o => o.Name == officeName?.Trim()) is not { } office)
            return ForwardResult.Refused($"“{officeName}”不是已设置的上级单位，可选：{string.Join("、", options.Value.UpperOffices().Select(o => o.Name))}。");
        var items = new List<Submission>();
        foreach (var id in ids.Distinct())
        {
            if (await submissions.FindAsync(id, cancellationToken) is not { Status: SubmissionStatus.Adopted } adopted)
                return ForwardResult.Refused($"稿件 {id} 不存在或尚未采用：只能上报已采用的稿件。");
            items.Add(adopted);
        }
        if (items.Count == 0)
            return ForwardResult.Refused("请列出要上报的稿件编号（submissions）。");
        var due = new List<Submission>();
        foreach (var item in items)
            if (await log.FindAsync(item.Id, office.Name, cancellationToken) is null)
                due.Add(item);
        if (due.Count > 0)
            await SendAsync(office, due, actor, cancellationToken);
        var records = new List<ForwardRecord>();
        foreach (var item in items)
            records.Add((await log.FindAsync(item.Id, office.Name, cancellationToken))!);
        return new ForwardResult(records, null);
    }

    private async Task SendAsync(UpperOffice office, IReadOnlyList<Submission> due, string actor, CancellationToken cancellationToken)
    {
        var batch = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(office.Name + "|" + string.Join(",", due.Select(s => s.Id).Order()))))[..16];
        var claims = new MailClaims(tables.GetTableClient(UpperMailer.TableName));
        if (await claims.TryClaimAsync(new TableEntity($"forward-{batch}", ForwardLog.KeyOf(office.Address)) { ["To"] = office.Address }, cancellationToken))
        {
            try
            {
                await mail.SendAsync(Compose(office, due), cancellationToken);
            }
            catch
            {
                await claims.ReleaseAsync($"forward-{batch}", ForwardLog.KeyOf(office.Address));
                throw;
            }
        }
        var now = clock.GetUtcNow();
        foreach (var item in due)
        {
            var stored = await log.AddIfAbsentAsync(new ForwardRecord(item.Id, office.Name, office.Level, office.Address, now, actor, batch), cancellationToken);
            await audit.AppendAsync(item.Id, $"forwarded:{office.Name}", "Forwarded", stored.Batch, stored.By, stored.At, $"上报{office.Name}（{office.Address}）", cancellationToken);
        }
        logger.LogInformation("Forwarded {Count} items to {Office} by {Actor}", due.Count, office.Name, actor);
    }

    private OutgoingMail Compose(UpperOffice office, IReadOnlyList<Submission> items)
    {
        var bulletin = mailOptions.Value.FromName;
        var subject = items.Count == 1 ? $"【{bulletin}上报】{items[0].AdoptedTitle}" : $"【{bulletin}上报】信息{items.Count}篇";
        var lines = items.Select((s, i) => $"{i + 1}. 《{s.AdoptedTitle}》（{string.Join("，", ForwardDocx.Header(s))}）").ToList();
        var text = string.Join("\n\n", [$"{office.Name}：", $"现报送信息{items.Count}篇，每篇一个附件：", .. lines, $"{bulletin}编辑部"]);
        var html = Html.Of($"<div style=\"{MailLayout.Frame}\"><p>{office.Name}：</p><p>现报送信息{items.Count}篇，每篇一个附件：</p>" +
            $"<ol>{lines.Select(l => Html.Of($"<li>{l[(l.IndexOf(' ') + 1)..]}</li>"))}</ol>{MailLayout.Signature(bulletin)}</div>");
        return new OutgoingMail(office.Address, office.Name, subject, text, html)
        {
            CustomArgs = new Dictionary<string, string> { ["kind"] = "upper-forward" },
            Attachments = items.Select(s => new MailAttachment(ForwardDocx.FileName(s),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", BinaryData.FromBytes(ForwardDocx.Render(s)))).ToList(),
        };
    }
}

public sealed record ForwardResult(IReadOnlyList<ForwardRecord> Records, string? Error)
{
    public static ForwardResult Refused(string error) => new([], error);
}
