using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Bulletin.Tests.Fixtures;

/// <summary>Reads what the app sent through the SendGrid stand-in.</summary>
public static class Outbox
{
    /// <summary>The mail/send requests addressed to <paramref name="address"/>, oldest first.</summary>
    public static async Task<List<JsonNode>> MailsToAsync(this HttpClient http, string address)
    {
        var outbox = await http.GetFromJsonAsync<JsonArray>("/dev/outbox.json") ?? [];
        return outbox.Select(item => item!["request"]!)
            .Where(request => request["personalizations"]!.AsArray().Any(p => p!["to"]!.AsArray().Any(t => string.Equals(t!["email"]!.ToString(), address, StringComparison.OrdinalIgnoreCase))))
            .ToList();
    }

    public static string SubjectOf(JsonNode request) =>
        request["personalizations"]![0]!["subject"]?.ToString() ?? request["subject"]?.ToString() ?? "";

    public static string TextOf(JsonNode request) =>
        request["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/plain")!["value"]!.ToString();
}
