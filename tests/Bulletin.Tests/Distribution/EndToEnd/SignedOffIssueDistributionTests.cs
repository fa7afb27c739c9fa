using System.Text.Json.Nodes;
using Bulletin.Distribution;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Distribution.Rig;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Operations;

namespace Bulletin.Tests.Distribution.EndToEnd;

/// <summary>Through the local host where a failed step is tried again at once (<see cref="PoisonHostFixture"/>): a request
/// for an issue that stays signed off (its Published save never came) ends among the failed tasks, where a person sees it.</summary>
[Collection(nameof(PoisonHostCollection))]
public sealed class SignedOffIssueDistributionTests(PoisonHostFixture app)
{
    [Fact]
    public async Task A_request_for_an_issue_left_signed_off_for_good_looks_again_a_few_times_then_is_listed_among_the_failed_tasks()
    {
        await using var rig = DistributionRig.Create(app.Host.StorageConnectionString, new Uri(app.Host.BaseAddress, "dev/sendgrid").ToString());
        var year = Random.Shared.Next(3000, 9000);
        await rig.SignOffAsync(year, 6);

        await rig.Get<DistributionQueues>().RequestAsync(new DistributionRequested(year, 6), CancellationToken.None);

        var entry = (await Eventually.GetAsync(async () => Entry(await app.QuarantineWithPoisonAsync(), year), e => e is not null, TimeSpan.FromSeconds(90),
            because: "the request looks again ten times, then fails five times and lands in distribution-requested-poison"))!;
        Assert.Equal(5, (int)entry["dequeueCount"]!);
        Assert.StartsWith("InvalidOperationException: ", entry["reason"]!.ToString());
        Assert.Contains("not published yet", entry["reason"]!.ToString());
        Assert.Contains($"等待发布次数 {DistributionStarter.MaxWaitsForPublished}", entry["summary"]!.ToString());
        using var http = app.Client();
        var page = await (await http.GetAsync("/api/dashboard/quarantine", await app.SignInAsync())).Content.ReadAsStringAsync();
        Assert.Contains($"data-message=\"{entry["id"]}\"", page);
    }

    private static JsonNode? Entry(JsonObject list, int year) =>
        list["poison"]!.AsArray().FirstOrDefault(m => m!["queue"]?.ToString() == DistributionQueues.Requested && m["summary"]!.ToString().Contains($"年份 {year}", StringComparison.Ordinal));
}
