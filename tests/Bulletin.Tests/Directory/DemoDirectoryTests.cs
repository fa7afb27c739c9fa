using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Directory;

[Collection(nameof(BulletinAppHostCollection))]
public sealed class DemoDirectoryTests(BulletinAppHostFixture app)
{
    [Fact]
    public async Task The_local_host_starts_with_the_demo_directory_of_Shangjie()
    {
        var directory = await Eventually.GetAsync(async () =>
        {
            var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory");
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }, d => d["people"]!.AsArray().Count > 0, because: "the worker loads the demo directory at start");

        var units = directory["units"]!.AsArray().Select(u => u!["name"]!.ToString()).ToList();
        Assert.Contains("新安路街道", units);
        Assert.Contains("区总工会", units);
        Assert.Contains("峡窝镇", units);
        var people = directory["people"]!.AsArray();
        Assert.Contains(people, p => p!["groups"]!.AsArray().Any(g => g!.ToString() == "区县处级领导"));
        Assert.All(people, p => Assert.Matches(@"@(bounce\.)?example\.org$", p!["email"]!.ToString()));
        Assert.Contains(people, p => p!["name"]!.ToString() == "郝婕" && p["roles"]!.AsArray().Any(r => r!.ToString() == "编辑"));
    }
}
