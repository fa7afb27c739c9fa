using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;

namespace Bulletin.LocalHost.MailSink;

/// <summary><c>POST /dev/sendgrid/v3/mail/send</c>: answers like SendGrid and keeps what it accepts.</summary>
internal static class MailSendEndpoint
{
    /// <summary>SendGrid: "The total size of your email, including attachments, must be less than 30MB."</summary>
    public const int MaxRequestBytes = 30 * 1024 * 1024;

    // Past this much we stop reading and let the connection drop rather than drain it.
    private const long DrainLimitBytes = 4L * MaxRequestBytes;

    public static async Task<IResult> HandleAsync(
        HttpContext context, OutboxStore outbox, MailSendThrottle throttle, EventWebhookPoster events,
        ILogger<OutboxStore> logger, CancellationToken cancellationToken)
    {
        if (AuthorizationProblem(context.Request) is { } unauthorized)
            return SendGridError.Reply(StatusCodes.Status401Unauthorized, unauthorized);

        var body = await ReadBodyAsync(context, cancellationToken);
        if (throttle.TryThrottle(body) is { } retryAfterSeconds)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return SendGridError.Reply(StatusCodes.Status429TooManyRequests, MailSendErrors.TooManyRequests());
        }
        if (body is null)
        {
            logger.LogWarning("Rejected mail/send: body over {MaxRequestBytes} bytes", MaxRequestBytes);
            return SendGridError.Reply(StatusCodes.Status413PayloadTooLarge, MailSendErrors.PayloadTooLarge());
        }
        if (!Utf8.IsValid(body))
            return SendGridError.Reply(StatusCodes.Status415UnsupportedMediaType, MailSendErrors.InvalidUtf8());

        using var document = TryParse(body);
        if (document?.RootElement.ValueKind != JsonValueKind.Object)
            return SendGridError.Reply(StatusCodes.Status400BadRequest, MailSendErrors.BadRequest());

        var errors = MailSendValidator.Validate(document.RootElement);
        if (errors.Count > 0)
        {
            logger.LogInformation("Rejected mail/send with {ErrorCount} errors, first {Field}: {Message}",
                errors.Count, errors[0].Field, errors[0].Message);
            return SendGridError.Reply(StatusCodes.Status400BadRequest, errors);
        }

        var entry = await outbox.SaveAsync(body, cancellationToken);
        logger.LogInformation("Accepted mail {MessageId} from {From}, subject {Subject}",
            entry.Id, document.RootElement.ObjectOrNull("from")?.StringOrNull("email"),
            document.RootElement.StringOrNull("subject") ?? FirstPersonalizationSubject(document.RootElement));
        events.MailAccepted(entry);
        // SendGrid answers 202 with no body and the message id in a header.
        context.Response.Headers["X-Message-Id"] = entry.Id;
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static SendGridError? AuthorizationProblem(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(header))
            return MailSendErrors.AuthorizationRequired();
        const string scheme = "Bearer ";
        var isBearer = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(header[scheme.Length..]);
        return isBearer ? null : MailSendErrors.InvalidGrant();
    }

    /// <summary>The whole body, or null when it is over SendGrid's limit (read to the end, so the client sees the answer).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        // Kestrel's own default (about 28.6 MiB) is below SendGrid's; this endpoint enforces SendGrid's.
        var sizeLimit = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false })
            sizeLimit.MaxRequestBodySize = DrainLimitBytes;

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        var tooLarge = context.Request.ContentLength > MaxRequestBytes;
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            tooLarge |= buffer.Length + read > MaxRequestBytes;
            if (!tooLarge)
                buffer.Write(chunk, 0, read);
        }
        return tooLarge ? null : buffer.ToArray();
    }

    private static JsonDocument? TryParse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body.AsMemory(StartsWithBom(body) ? 3 : 0));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool StartsWithBom(byte[] body) => body is [0xEF, 0xBB, 0xBF, ..];

    /// <summary>SendGrid's client puts a single mail's subject in its personalization.</summary>
    private static string? FirstPersonalizationSubject(JsonElement request) =>
        request.TryGetProperty("personalizations", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0
            && list[0].ValueKind == JsonValueKind.Object ? list[0].StringOrNull("subject") : null;
}
