using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Review;

/// <summary>What the review tests do to the local host: submit by mail, read the editors' mails, and act as an editor's browser.</summary>
internal static partial class ReviewHost
{
    public const string Hao = "hao.jie@example.org";
    public const string Li = "li.dezhao@example.org";

    /// <summary>The review mails of one submission, once every editor has one.</summary>
    public static async Task<Dictionary<string, JsonNode>> ReviewMailsAsync(this LocalHostFixture app, string submissionId)
    {
        var mails = await Eventually.GetAsync(async () => (await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json") ?? [])
            .Select(item => item!["request"]!)
            .Where(r => ArgOf(r, "kind") == "review" && ArgOf(r, "submissionId") == submissionId).ToList(),
            found => found.Count >= 2, because: "both editors have their review mail");
        return mails.ToDictionary(m => m["personalizations"]![0]!["to"]![0]!["email"]!.ToString(), m => m);
    }

    public static async Task<List<JsonNode>> NoticesAsync(this LocalHostFixture app, string submissionId) =>
        (await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json") ?? [])
            .Select(item => item!["request"]!).Where(r => ArgOf(r, "kind") == "notice" && ArgOf(r, "submissionId") == submissionId).ToList();

    /// <summary>The three links of a review mail's HTML, by choice, as paths on the local host.</summary>
    public static Dictionary<string, string> LinksOf(JsonNode mail)
    {
        var html = mail["content"]!.AsArray().First(c => c!["type"]!.ToString() == "text/html")!["value"]!.ToString();
        return Href().Matches(html).Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value)))
            .ToDictionary(uri => Regex.Match(uri.Query, "choice=([a-z]+)").Groups[1].Value, uri => uri.PathAndQuery);
    }

    /// <summary>Opens the link and sends its form as a browser would: hidden fields and prefilled values, with the given choice and reason.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(this LocalHostFixture app, string link, string choice, string reason = "", string? title = null) =>
        await app.Http.PostAsync(link, new FormUrlEncodedContent(await app.FillFormAsync(link, choice, reason, title)));

    /// <summary>The fields a browser would post from the page the link opens.</summary>
    public static async Task<Dictionary<string, string>> FillFormAsync(this LocalHostFixture app, string link, string choice, string reason = "", string? title = null)
    {
        var page = await (await app.Http.GetAsync(link)).Content.ReadAsStringAsync();
        var fields = new Dictionary<string, string>
        {
            ["proof"] = WebUtility.HtmlDecode(Hidden().Match(page).Groups[1].Value),
            ["choice"] = choice,
            ["reason"] = reason,
            ["title"] = title ?? WebUtility.HtmlDecode(TitleField().Match(page).Groups[1].Value),
            ["text"] = WebUtility.HtmlDecode(TextField().Match(page).Groups[1].Value),
        };
        return fields;
    }

    public static async Task<TableEntity> SubmissionAsync(this LocalHostFixture app, string id) =>
        (await app.Tables.GetTableClient("submissions").GetEntityAsync<TableEntity>(id[..6], id)).Value;

    public static async Task<List<TableEntity>> AuditAsync(this LocalHostFixture app, string id)
    {
        var table = app.Tables.GetTableClient("audit");
        await table.CreateIfNotExistsAsync();
        var entries = new List<TableEntity>();
        await foreach (var entry in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}")))
            entries.Add(entry);
        return entries;
    }

    private static string? ArgOf(JsonNode request, string key) =>
        request["personalizations"]?[0]?["custom_args"]?[key]?.ToString() ?? request["custom_args"]?[key]?.ToString();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
    [GeneratedRegex("name=\"proof\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
    [GeneratedRegex("name=\"title\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex TitleField();
    [GeneratedRegex("name=\"text\">([^<]*)</textarea>")]
    private static partial Regex TextField();
}
