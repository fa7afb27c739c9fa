using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.LocalHost.Demo;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues;

namespace Bulletin.Tests.LocalHost.Demo;

/// <summary>The run command's <c>--demo</c>, played against a host of its own: the longest end-to-end path through the public
/// doors — two mails in, adoption through mailed links, the issue made through the API, 签发 through the mailed link, sent.</summary>
[Collection(nameof(DemoHostCollection))]
public sealed class SeedDemoTests(DemoHostFixture app)
{
    [Fact]
    public async Task The_demo_publishes_the_seed_issue_as_2020_number_20_to_19_people_and_its_pdf_reads_like_the_seed()
    {
        var output = new StringWriter();

        var result = await new SeedDemo(app.Http, app.Host.Settings, output).RunAsync(CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 8, output.ToString());
        Assert.All(lines[..^1], line => Assert.StartsWith("Demo: ", line));
        Assert.StartsWith("Demo done: ", lines[^1]);
        Assert.All(lines, line => Assert.Contains(app.Host.BaseAddress.ToString().TrimEnd('/'), line));
        Assert.Equal((2020, 20, 19), (result.Year, result.Number, result.Recipients));
        var issueMails = (await app.Http.GetFromJsonAsync<JsonArray>("/dev/outbox.json"))!.Select(m => m!["request"]!)
            .Where(m => Outbox.SubjectOf(m).Contains("2020年第20期", StringComparison.Ordinal) && m["attachments"] is JsonArray { Count: 2 }).ToList();
        Assert.Equal(19, Assert.Single(issueMails)["personalizations"]!.AsArray().Count);
        var pdf = await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, $"/api/issues/{result.Series}/2020/20/pdf")).Content.ReadAsByteArrayAsync();
        Assert.Equal(SeedIssue.ReferenceText(), SeedIssue.ComparablePdfText(pdf));
    }
}

/// <summary>A host of its own: the demo continues the default series at 2020年第20期, which no other test may use.</summary>
public sealed class DemoHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(DemoHostCollection))]
public sealed class DemoHostCollection : ICollectionFixture<DemoHostFixture>;
