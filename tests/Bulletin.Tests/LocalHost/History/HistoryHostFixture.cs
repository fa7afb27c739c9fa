using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.LocalHost.History;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost.History;

/// <summary>A host of its own that counts its worker's storage calls, filled at start by <c>generate-history</c> with two years
/// at a fiftieth of an office's volume (about 400 submissions, a few issues in each series, the full 60 units and ~500
/// people). The history replaces the directory and fills every table, so no other test shares it.</summary>
public sealed class HistoryHostFixture : BulletinAppFixture
{
    public static readonly HistoryOptions Options = new(2, 42, 0.02, "");
    public HistoryReport Report { get; private set; } = null!;
    public string Output { get; private set; } = "";

    /// <summary>What the API listed right after the generation, before any test of the collection added to it.</summary>
    public JsonArray Submissions { get; private set; } = [];
    public Dictionary<string, int> PublishedIssues { get; } = [];
    /// <summary>The stored submission ids and the list index's, as the generation left them (before any listing indexed a month).</summary>
    public (List<string> Stored, List<string> Indexed) IdsAfterGeneration { get; private set; }

    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string> { ["Storage__CountCalls"] = "true" };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var output = new StringWriter();
        Report = await new HistoryGenerator(Http, Host.Settings, output).RunAsync(Options, CancellationToken.None);
        Output = output.ToString();
        IdsAfterGeneration = await Intake.Storage.SubmissionMonthRows.AllIdsAsync(Tables);
        Submissions = await ReadAsync($"/api/submissions?from={DateTime.UtcNow.AddYears(-3):yyyy-MM-dd}");
        foreach (var series in Report.IssuesBySeries.Keys)
            PublishedIssues[series] = (await ReadAsync($"/api/issues?series={series}&state=published")).Count;
    }

    public Task<JsonArray> ReadAsync(string path) => ReadAsync<JsonArray>(path);

    public async Task<T> ReadAsync<T>(string path) where T : JsonNode
    {
        var response = await Http.SendAsOperatorAsync(HttpMethod.Get, path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}

[CollectionDefinition(nameof(HistoryHostCollection))]
public sealed class HistoryHostCollection : ICollectionFixture<HistoryHostFixture>;
