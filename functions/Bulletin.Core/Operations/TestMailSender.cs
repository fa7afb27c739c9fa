using System.Net.Mail;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Operations;

/// <summary>Sends one test mail so an operator can check the SendGrid settings end to end.</summary>
public sealed class TestMailSender(ISendGridClient sendGrid, IOptions<MailOptions> mail, TimeProvider clock, ILogger<TestMailSender> logger)
{
    public async Task<TestMailResult> SendAsync(string to, CancellationToken cancellationToken)
    {
        if (!MailAddress.TryCreate(to, out var recipient))
            return TestMailResult.Invalid("收件地址无效：请提供一个电子邮件地址，例如 someone@example.org。");

        var from = mail.Value;
        var sentAt = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime.Zone);
        var message = MailHelper.CreateSingleEmail(
            new EmailAddress(from.FromAddress, from.FromName), new EmailAddress(recipient.Address),
            $"{from.FromName} 测试邮件",
            $"这是一封测试邮件，发送于 {ChinaTime.FormatDateTime(sentAt)}。收到即表示邮件发送设置正确。",
            $"<p>这是一封测试邮件，发送于 {ChinaTime.FormatDateTime(sentAt)}。</p><p>收到即表示邮件发送设置正确。</p>");
        var response = await sendGrid.SendEmailAsync(message, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            logger.LogInformation("Test mail accepted by SendGrid as {MessageId}", messageId);
            return TestMailResult.Accepted(messageId);
        }
        var body = await response.Body.ReadAsStringAsync(cancellationToken);
        logger.LogWarning("SendGrid refused the test mail: {Status} {Body}", (int)response.StatusCode, body);
        return TestMailResult.Refused((int)response.StatusCode, body);
    }
}

public sealed record TestMailResult(bool Succeeded, string? MessageId, string? Error, int? SendGridStatus)
{
    public static TestMailResult Accepted(string? messageId) => new(true, messageId, null, null);
    public static TestMailResult Invalid(string error) => new(false, null, error, null);
    public static TestMailResult Refused(int status, string body) => new(false, null, $"SendGrid 拒绝了这封邮件（HTTP {status}）：{body}", status);
}
