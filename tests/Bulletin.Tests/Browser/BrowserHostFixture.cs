using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Browser;

/// <summary>The bulletin app in a local host of its own, for the pages opened in the browser.</summary>
public sealed class BrowserHostFixture : BulletinAppFixture
{
    /// <summary>The host's address as the browser sees it, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl => Host.BaseAddress.ToString();

    /// <summary>The people of <paramref name="unit"/> in the demo directory, waiting until the worker has loaded it.</summary>
    public async Task<List<(string Name, string Email)>> PeopleOfAsync(string unit)
    {
        var directory = await Eventually.GetAsync(async () =>
        {
            var response = await Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory?unit=" + Uri.EscapeDataString(unit));
            return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<JsonObject>())! : new JsonObject();
        }, d => d["people"]?.AsArray().Count > 0, because: "the worker loads the demo directory at start");
        return directory["people"]!.AsArray()
            .Where(p => p!["unit"]!.ToString() == unit)
            .Select(p => (p!["name"]!.ToString(), p["email"]!.ToString()))
            .ToList();
    }

    /// <summary>A unit's submission link as an operator issues it.</summary>
    public async Task<SubmissionLink> SubmissionLinkAsync(string unit)
    {
        await PeopleOfAsync(unit);
        var response = await Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{Uri.EscapeDataString(unit)}/submission-link");
        response.EnsureSuccessStatusCode();
        var url = (await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString();
        return new SubmissionLink(url, System.Web.HttpUtility.ParseQueryString(new Uri(url).Query)["token"]!);
    }

    /// <summary>The stored submissions with this title: how many times an article was registered.</summary>
    public async Task<List<TableEntity>> SubmissionsTitledAsync(string title)
    {
        var table = Tables.GetTableClient("submissions");
        await table.CreateIfNotExistsAsync();
        var found = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
            if (entity.GetString("Title") == title)
                found.Add(entity);
        return found;
    }
}

public sealed record SubmissionLink(string Url, string Token);

/// <summary>Tests that open the app's pages in Chromium: one local host and one browser for all of them.</summary>
[CollectionDefinition(nameof(BrowserCollection))]
public sealed class BrowserCollection : ICollectionFixture<BrowserHostFixture>, ICollectionFixture<BrowserFixture>;
