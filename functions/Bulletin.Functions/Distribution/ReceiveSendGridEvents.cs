using Bulletin.Distribution.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Distribution;

/// <summary><c>POST /api/sendgrid/events</c>: SendGrid's signed Event Webhook. Anonymous at the Functions level because
/// the ECDSA signature is the authentication; unsigned, badly signed or stale posts get 401/403 and change nothing.</summary>
[CallerRule(Caller.SignedWebhook)]
public sealed class ReceiveSendGridEvents(SendGridEventReceiver receiver)
{
    // SendGrid batches events into posts far below this; anything larger is not SendGrid.
    private const int MaxRequestBytes = 8 * 1024 * 1024;

    [Function(nameof(ReceiveSendGridEvents))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "sendgrid/events")] HttpRequest request, CancellationToken cancellationToken)
    {
        if (await ReadBodyAsync(request, cancellationToken) is not { } body)
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);

        var receipt = await receiver.ReceiveAsync(body,
            request.Headers[SendGridEventVerifier.SignatureHeader].FirstOrDefault(),
            request.Headers[SendGridEventVerifier.TimestampHeader].FirstOrDefault(), cancellationToken);
        return receipt.Verdict switch
        {
            SendGridEventVerdict.Valid when receipt.Malformed => Message(StatusCodes.Status400BadRequest, "事件内容不是 JSON 数组。"),
            SendGridEventVerdict.Valid => new OkResult(),
            SendGridEventVerdict.NotConfigured => Message(StatusCodes.Status401Unauthorized, "未配置 SendGrid 事件签名公钥（SendGrid:EventWebhookPublicKey），事件未处理。"),
            SendGridEventVerdict.Unsigned => Message(StatusCodes.Status401Unauthorized, "缺少 SendGrid 事件签名或时间戳，事件未处理。"),
            SendGridEventVerdict.Stale => Message(StatusCodes.Status403Forbidden, "事件签名时间超出允许范围（10 分钟），事件未处理。"),
            _ => Message(StatusCodes.Status403Forbidden, "SendGrid 事件签名无效，事件未处理。"),
        };
    }

    private static ContentResult Message(int status, string text) =>
        new() { StatusCode = status, Content = text, ContentType = "text/plain; charset=utf-8" };

    /// <summary>The body exactly as received (the signature covers these bytes), or null when over the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxRequestBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxRequestBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
