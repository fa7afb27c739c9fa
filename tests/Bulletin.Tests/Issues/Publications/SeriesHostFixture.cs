using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Distribution.EndToEnd;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Issues.Publications;

/// <summary>The bulletin app in a host of its own: these tests move the default series' numbering to 2020.</summary>
public sealed class SeriesHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(SeriesHostCollection))]
public sealed class SeriesHostCollection : ICollectionFixture<SeriesHostFixture>;

/// <summary>What the series tests do through the editorial API, as a script would.</summary>
internal static class SeriesApi
{
    public static Task<HttpResponseMessage> PutSeriesAsync(this HttpClient http, string id, object body) =>
        http.SendAsOperatorAsync(HttpMethod.Put, $"/api/series/{id}", JsonContent.Create(body));

    /// <summary>Posts an issue; asserts 201 and returns the answer.</summary>
    public static async Task<JsonNode> CreateIssueAsync(this HttpClient http, object body)
    {
        var created = await http.SendAsOperatorAsync(HttpMethod.Post, "/api/issues", JsonContent.Create(body));
        var json = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, json);
        return JsonNode.Parse(json)!;
    }

    public static async Task<string> GetAsOperatorAsync(this HttpClient http, string url)
    {
        var response = await http.SendAsOperatorAsync(HttpMethod.Get, url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return text;
    }

    /// <summary>Submits an article by mail from <paramref name="from"/> and adopts it on the dashboard; returns its id.</summary>
    public static async Task<string> AdoptAsync(this BulletinAppFixture app, string cookie, string from, string title, string text)
    {
        using var http = app.Client();
        return await DistributionHost.AdoptAsync(app, http, cookie, from, title, text);
    }

    /// <summary>Signs the default series' draft at <paramref name="issuePath"/> off on the dashboard as the 签发人.</summary>
    public static async Task SignOffAsync(this BulletinAppFixture app, string issuePath)
    {
        using var http = app.Client();
        var signer = await app.SignInAsync(DashboardHost.Signer);
        var draft = await (await http.GetAsync(issuePath, signer)).Content.ReadAsStringAsync();
        var signedOff = await http.PostAsync(issuePath, signer, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(draft) });
        Assert.Contains("<strong id=\"state\">已发布</strong>", await signedOff.Content.ReadAsStringAsync());
    }
}
