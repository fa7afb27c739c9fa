using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary><c>POST /dev/sendgrid/throttle</c> <c>{"requests": N, "retryAfterSeconds": S}</c>: the next N
/// mail/send requests get 429 with <c>Retry-After: S</c> and store nothing; <c>{"requests": 0}</c> clears it. With
/// <c>"to": "address"</c> only requests naming that recipient count, so a test can fail one mail in the middle of a step.
/// <c>GET</c> answers <c>{"remaining": N}</c>.</summary>
internal static class ThrottleEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, MailSendThrottle throttle, CancellationToken cancellationToken)
    {
        ThrottleRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ThrottleRequest>(request.Body, JsonSerializerOptions.Web, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is not { Requests: >= 0, RetryAfterSeconds: >= 0 })
            return Results.BadRequest(new { error = "Send {\"requests\": N, \"retryAfterSeconds\": S} with N, S >= 0." });
        throttle.Set(body.Requests, body.RetryAfterSeconds, body.To);
        return Results.Ok(body);
    }

    public static IResult Get(MailSendThrottle throttle) => Results.Ok(new { remaining = throttle.Remaining });

    private sealed record ThrottleRequest(int Requests, int RetryAfterSeconds = 1, string? To = null);
}
