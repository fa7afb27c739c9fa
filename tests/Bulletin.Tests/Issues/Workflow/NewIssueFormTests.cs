using System.Net;
using System.Text.Json;
using Bulletin.Tests.Dashboard;

namespace Bulletin.Tests.Issues.Workflow;

/// <summary>新建一期 on the dashboard: every field of an issue, 责任编辑 included, and 专题期次 continuing the last issue that
/// used the same series headline when it is left empty.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class NewIssueFormTests(DashboardHostFixture app)
{
    [Fact]
    public async Task The_form_has_every_field_of_an_issue_with_the_signed_in_editor_as_responsible_editor()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var listing = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();

        foreach (var field in new[] { "series", "part", "sentTo", "issuedTo", "date", "editors" })
            Assert.Matches($"<label for=\"{field}\">[^<]+</label><input id=\"{field}\" name=\"{field}\"", listing);
        Assert.Contains("name=\"editors\" maxlength=\"100\" value=\"郝婕\"", listing);
    }

    [Fact]
    public async Task An_empty_part_continues_the_last_issue_with_the_same_headline_and_the_named_editors_are_kept()
    {
        var cookie = await app.SignInAsync();
        using var http = app.Client();
        var headline = "专题期次接续 " + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await app.AdoptAsync(http, cookie, $"峡窝镇专题稿件{i} " + Guid.NewGuid().ToString("N")[..6])).Id);

        var fourth = await CreateAsync(http, cookie, ids[0], headline, "4", "郝婕 李德昭");
        var listing = await (await http.GetAsync("/api/dashboard/issues", cookie)).Content.ReadAsStringAsync();
        var fifth = await CreateAsync(http, cookie, ids[1], headline, "", "");
        var fresh = await CreateAsync(http, cookie, ids[2], headline + " 新", "", "李德昭");

        Assert.Contains($"“{headline}”下一期为第5期", listing);
        Assert.Contains($"<option value=\"{headline}\">", listing);
        var entities = new[] { await app.IssueEntityAsync(fourth), await app.IssueEntityAsync(fifth), await app.IssueEntityAsync(fresh) };
        Assert.Equal([4, 5, 1], entities.Select(e => e.GetInt32("SeriesPart")!.Value));
        Assert.Equal([["郝婕", "李德昭"], ["郝婕"], ["李德昭"]], entities.Select(e => JsonSerializer.Deserialize<string[]>(e.GetString("Editors"))!));
    }

    private static async Task<string> CreateAsync(HttpClient http, string cookie, string id, string series, string part, string editors)
    {
        var fields = await IssueDashboard.DraftFieldsAsync(http, cookie, [id]);
        fields.AddRange([new("series", series), new("part", part), new("editors", editors)]);
        var created = await http.PostFormAsync("/api/dashboard/issues", cookie, fields);
        Assert.Equal(HttpStatusCode.SeeOther, created.StatusCode);
        return created.Headers.Location!.OriginalString;
    }
}
