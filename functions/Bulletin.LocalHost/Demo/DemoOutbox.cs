using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bulletin.LocalHost.Demo;

/// <summary>The mail sink as the demo's people read it: only mail sent since the demo began, by recipient, with the
/// links and form proofs a person would follow.</summary>
internal sealed partial class DemoOutbox(HttpClient http, int skip)
{
    /// <summary>Starts reading after whatever the outbox already held, so an earlier run's mail is never followed.</summary>
    public static async Task<DemoOutbox> OpenAsync(HttpClient http, CancellationToken cancellationToken) =>
        new(http, (await ReadAsync(http, cancellationToken)).Count);

    /// <summary>Reads every mail the outbox holds, an earlier run's included (benchmarks look for the latest issue mail).</summary>
    public static DemoOutbox Whole(HttpClient http) => new(http, 0);

    /// <summary>The mail/send requests addressed to <paramref name="address"/> since the demo began, oldest first.</summary>
    public async Task<List<JsonNode>> MailsToAsync(string address, CancellationToken cancellationToken) =>
        (await ReadAsync(http, cancellationToken)).Skip(skip).Select(item => item!["request"]!)
            .Where(request => Recipients(request).Contains(address, StringComparer.OrdinalIgnoreCase)).ToList();

    /// <summary>The mail/send requests since the demo began whose subject contains <paramref name="text"/>.</summary>
    public async Task<List<JsonNode>> MailsWithSubjectAsync(string text, CancellationToken cancellationToken) =>
        (await ReadAsync(http, cancellationToken)).Skip(skip).Select(item => item!["request"]!)
            .Where(request => SubjectOf(request).Contains(text, StringComparison.Ordinal)).ToList();

    /// <summary>As <see cref="MailsWithSubjectAsync"/>, each with when the stand-in accepted it.</summary>
    public async Task<List<(JsonNode Request, DateTimeOffset AcceptedAt)>> AcceptedWithSubjectAsync(string text, CancellationToken cancellationToken) =>
        (await ReadAsync(http, cancellationToken)).Skip(skip).Select(item => (item!["request"]!, DateTimeOffset.Parse(item["receivedAt"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture)))
            .Where(mail => SubjectOf(mail.Item1).Contains(text, StringComparison.Ordinal)).ToList();

    public static IEnumerable<string> Recipients(JsonNode request) =>
        request["personalizations"]!.AsArray().SelectMany(p => p!["to"]!.AsArray().Select(t => t!["email"]!.ToString()));

    public static string SubjectOf(JsonNode request) =>
        request["personalizations"]![0]!["subject"]?.ToString() ?? request["subject"]?.ToString() ?? "";

    /// <summary>The path and query of the first link in the mail's HTML whose address contains <paramref name="fragment"/>.</summary>
    public static string? LinkOf(JsonNode request, string fragment)
    {
        var html = request["content"]!.AsArray().FirstOrDefault(c => c!["type"]!.ToString() == "text/html")?["value"]?.ToString() ?? "";
        return Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.Contains(fragment, StringComparison.Ordinal))
            .Select(h => Uri.TryCreate(h, UriKind.Absolute, out var uri) ? uri.PathAndQuery : h).FirstOrDefault();
    }

    /// <summary>The submission number a review mail's subject ends with: 《…》（编号 N）.</summary>
    public static string? SubmissionIdOf(JsonNode request) =>
        SubmissionNumber().Match(SubjectOf(request)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The proof a rendered form carries; a POST without it changes nothing.</summary>
    public static string ProofOf(string page) => WebUtility.HtmlDecode(Proof().Match(page).Groups[1].Value);

    private static async Task<JsonArray> ReadAsync(HttpClient http, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<JsonArray>("/dev/outbox.json", cancellationToken) ?? [];

    [GeneratedRegex("（编号 ([^）]+)）$")]
    private static partial Regex SubmissionNumber();
    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
    [GeneratedRegex("name=\"proof\" value=\"([^\"]*)\"")]
    private static partial Regex Proof();
}
