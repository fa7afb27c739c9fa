using System.Net;
using System.Text.Json;

namespace Bulletin.Tests.LocalHost.MailSink;

/// <summary>Reads SendGrid's error body <c>{"errors":[{"message","field","help"}]}</c>.</summary>
internal static class SendGridResponses
{
    public static async Task<(HttpStatusCode Status, (string Message, string? Field)[] Errors)> ErrorsOf(SendGrid.Response response)
    {
        var body = await response.Body.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        var errors = document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("message").GetString()!, e.GetProperty("field").GetString()))
            .ToArray();
        return (response.StatusCode, errors);
    }
}
