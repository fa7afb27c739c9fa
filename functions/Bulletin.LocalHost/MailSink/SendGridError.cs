using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>One entry of SendGrid's error body <c>{"errors":[{"message","field","help"}]}</c>.</summary>
internal sealed record SendGridError(string Message, string? Field, string? Help)
{
    // SendGrid writes null fields out and keeps quotes readable; callers parse this body.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The response SendGrid gives for these errors.</summary>
    public static IResult Reply(int statusCode, IReadOnlyList<SendGridError> errors) =>
        Results.Json(new { errors }, Json, statusCode: statusCode);

    public static IResult Reply(int statusCode, SendGridError error) => Reply(statusCode, [error]);
}
