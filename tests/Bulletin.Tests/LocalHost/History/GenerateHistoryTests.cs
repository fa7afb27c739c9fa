using System.Text.Json.Nodes;
using Bulletin.LocalHost.History;
using Bulletin.Tests.Fixtures;
using Xunit.Abstractions;

namespace Bulletin.Tests.LocalHost.History;

/// <summary><c>generate-history</c> at a small scale against a host of its own (<see cref="HistoryHostFixture"/>): what it
/// reports is there through the API.</summary>
[Collection(nameof(HistoryHostCollection))]
public sealed class GenerateHistoryTests(HistoryHostFixture app, ITestOutputHelper output)
{
    [Fact]
    public void The_generated_submissions_are_each_in_the_list_index_written_with_them()
    {
        var (stored, indexed) = app.IdsAfterGeneration;

        Assert.InRange(stored.Count, 400, 600);
        Assert.Equal(stored, indexed);
    }

    [Fact]
    public async Task Two_years_at_a_fiftieth_of_the_volume_are_listed_by_the_api_as_reported_and_today_s_issue_reaches_every_responsible_person()
    {
        var report = app.Report;
        output.WriteLine(app.Output);

        Assert.Contains("History done: ", app.Output);
        Assert.Equal(HistoryDirectory.UnitCount, report.Units);
        var directory = await app.ReadAsync<JsonObject>("/api/directory");
        Assert.Equal(report.People, directory["people"]!.AsArray().Count);
        Assert.Equal(report.Units, directory["units"]!.AsArray().Count);
        var submissions = app.Submissions;
        Assert.Equal(report.Submissions, submissions.Count);
        Assert.InRange(submissions.Count, 400, 600);
        Assert.True(submissions.Select(s => s!["receivedAt"]!.ToString()[..4]).Distinct().Count() >= 3, "the submissions span three calendar years");
        Assert.Equal(report.Decisions, submissions.Count(s => s!["state"]!.ToString() != "pending"));
        Assert.Equal(report.IssuesBySeries.OrderBy(p => p.Key), app.PublishedIssues.OrderBy(p => p.Key));
        Assert.Equal(3, report.IssuesBySeries.Count);
        Assert.InRange(report.TodayRecipients, 480, 560);
        Assert.NotEmpty(await app.ReadAsync<JsonArray>($"/api/issues?q={Uri.EscapeDataString("坚持以人民为中心")}"));
    }

    [Theory]
    [InlineData("--years", "0")]
    [InlineData("--scale", "zero")]
    [InlineData("--seed", "x")]
    [InlineData("--frobnicate", "1")]
    public void A_bad_argument_is_refused_with_the_usage(string name, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => HistoryOptions.Parse(["generate-history", name, value]));

        Assert.Contains(HistoryOptions.Usage, error.Message);
    }
}
