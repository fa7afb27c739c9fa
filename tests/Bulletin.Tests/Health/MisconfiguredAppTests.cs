using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.LocalHost;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Health;

/// <summary>The bulletin app started with settings that are missing or point nowhere.</summary>
public sealed class MisconfiguredAppTests
{
    [Fact]
    public async Task A_missing_setting_stops_the_app_with_a_message_naming_it()
    {
        var start = StartAsync(new Dictionary<string, string> { ["SendGrid__FromAddress"] = "" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => start);

        Assert.Contains("SendGrid:FromAddress", error.Message);
    }

    [Fact]
    public async Task Health_answers_503_when_storage_is_unreachable()
    {
        // A storage account on a port nothing listens on: the local host then starts no Azurite.
        const string deadStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            "BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        await using var host = await StartAsync(new Dictionary<string, string> { ["AzureWebJobsStorage"] = deadStorage });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var response = await http.GetAsync("/api/health");

        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(json!["storageReachable"]!.GetValue<bool>());
        Assert.DoesNotContain("AccountKey", json.ToJsonString());
    }

    private static Task<LocalFunctionsHost> StartAsync(Dictionary<string, string> overrides) => LocalFunctionsHost.StartAsync(
        LocalHostFixture.OptionsFor(TestPaths.FunctionAppDirectory, overrides, Path.Combine(Path.GetTempPath(), "bulletin-outbox-" + Guid.NewGuid().ToString("N"))));
}
