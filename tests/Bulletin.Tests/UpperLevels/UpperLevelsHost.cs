using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.UpperLevels;

/// <summary>What the upper-level tests do to the local host: an article of 新安路街道 adopted on the dashboard, records
/// posted with the operator key, and the unit's row of <c>GET /api/statistics</c>.</summary>
internal static class UpperLevelsHost
{
    public const string Unit = "新安路街道";
    public const string UnitSubmitter = "xinanlu.xinxi@example.org";
    public const string UnitResponsible = "xinanlu.fuze@example.org";

    public static async Task<string> AdoptedSubmissionAsync(this BulletinAppFixture app, string title, string? text = null)
    {
        var unique = title + " " + Guid.NewGuid().ToString("N")[..6];
        var id = text is null ? await app.SubmitByMailAsync(unique) : await app.SubmitByMailAsync(unique, text);
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        await http.AdoptOnDashboardAsync(cookie, id);
        return id;
    }

    public static Task<HttpResponseMessage> PostRecordAsync(this BulletinAppFixture app, string id, string kind, object body) =>
        app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/submissions/{id}/{kind}", JsonContent.Create(body));

    /// <summary>The unit's row of this year's statistics.</summary>
    public static async Task<JsonNode> StatisticsOfAsync(this BulletinAppFixture app, string unit = Unit)
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/statistics");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!.Single(r => r!["unit"]!.ToString() == unit)!;
    }

    /// <summary>The submission's entries in table <c>upperaudit</c>.</summary>
    public static async Task<List<Azure.Data.Tables.TableEntity>> UpperAuditAsync(this BulletinAppFixture app, string id)
    {
        var table = app.Tables.GetTableClient("upperaudit");
        await table.CreateIfNotExistsAsync();
        var entries = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var entry in table.QueryAsync<Azure.Data.Tables.TableEntity>(Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey eq {id}")))
            entries.Add(entry);
        return entries;
    }

    public static decimal Points(JsonNode row) => row["points"]!.GetValue<decimal>();

    /// <summary>Today's date in China, as the records take it.</summary>
    public static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd");
}
