using System.Net.Mail;
using Bulletin.Mail;
using Bulletin.Markup;
using Microsoft.Extensions.Options;

namespace Bulletin.Operations;

/// <summary>Sends one test mail so an operator can check the SendGrid settings end to end.</summary>
public sealed class TestMailSender(MailSender sender, IOptions<MailOptions> mail, TimeProvider clock)
{
    public async Task<TestMailResult> SendAsync(string to, CancellationToken cancellationToken)
    {
        if (!MailAddress.TryCreate(to, out var recipient))
            return TestMailResult.Invalid("收件地址无效：请提供一个电子邮件地址，例如 someone@example.org。");

        var sentAt = ChinaTime.FormatDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), ChinaTime.Zone));
        var text = $"这是一封测试邮件，发送于 {sentAt}。收到即表示邮件发送设置正确。";
        var message = new OutgoingMail(recipient.Address, null, $"{mail.Value.FromName} 测试邮件", text, Html.Of($"<p>{text}</p>"));
        try
        {
            var result = await sender.SendAsync(message, cancellationToken);
            return result.Succeeded ? TestMailResult.Accepted(result.MessageId) : TestMailResult.Refused(result.Error!);
        }
        catch (MailTransientException ex)
        {
            return TestMailResult.Refused(ex.Message);
        }
    }
}

public sealed record TestMailResult(bool Succeeded, string? MessageId, string? Error, bool RefusedBySendGrid)
{
    public static TestMailResult Accepted(string? messageId) => new(true, messageId, null, false);
    public static TestMailResult Invalid(string error) => new(false, null, error, false);
    public static TestMailResult Refused(string sendGridAnswer) => new(false, null, $"SendGrid 没有接受这封邮件：{sendGridAnswer}", true);
}
