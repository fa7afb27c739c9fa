using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Health;

[Collection(nameof(BulletinAppHostCollection))]
public sealed class HealthEndpointTests(BulletinAppHostFixture app)
{
    [Fact]
    public async Task Health_answers_200_when_storage_is_reachable_and_mail_is_configured()
    {
        var response = await app.Http.GetAsync("/api/health");

        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", json!["status"]!.ToString());
        Assert.True(json["storageReachable"]!.GetValue<bool>());
        Assert.True(json["mailConfigured"]!.GetValue<bool>());
        Assert.StartsWith(app.Host.BaseAddress.ToString().TrimEnd('/'), json["mailHost"]!.ToString());
        Assert.False(string.IsNullOrEmpty(json["version"]!.ToString()));
    }

    [Fact]
    public async Task Health_names_the_face_each_part_of_the_pdf_is_set_in()
    {
        var json = await app.Http.GetFromJsonAsync<JsonObject>("/api/health");

        var fonts = json!["fonts"]!.AsArray().Select(f => (f!["part"]!.ToString(), f["source"]!.ToString())).ToList();
        // No office font in this host's container "fonts": the carried faces.
        Assert.Equal([("body", "carried FandolFang-Regular"), ("masthead", "carried FandolSong-Bold"), ("leadTitle", "carried FandolHei-Regular"), ("editorsNote", "carried gkai00mp")], fonts);
    }
}
