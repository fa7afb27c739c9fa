using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Directory;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>A unit's submission link lives a year; the directory may drop the unit meanwhile. The link follows the directory.</summary>
[Collection(nameof(DashboardCollection))]
public sealed class RemovedUnitLinkTests(DashboardHostFixture app)
{
    private const string Unit = "区总工会";

    [Fact]
    public async Task The_submission_link_of_a_unit_removed_from_the_directory_answers_403_on_the_page_and_the_api_and_registers_nothing()
    {
        var issued = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{Unit}/submission-link");
        var link = new Uri((await issued.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString()).PathAndQuery;
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync(link)).StatusCode);
        try
        {
            await app.ImportDemoWithoutAsync(Unit);

            var page = await app.Http.GetAsync(link);
            var posted = await app.Http.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["submitter"] = "zgh.xinxi@example.org", ["title"] = "区总工会开展职工技能竞赛", ["text"] = "区总工会组织职工技能竞赛，二百余名职工参赛。",
            }));
            var api = await SendAsync(HttpMethod.Post, "/api/submissions", token,
                JsonContent.Create(new { submitterEmail = "zgh.xinxi@example.org", title = "区总工会开展职工技能竞赛", text = "二百余名职工参赛。", key = "k1" }));

            await DirectoryChanges.AssertRefusedAsync([page, posted], $"此报送链接属于“{Unit}”，该单位已不在通讯录中", "请联系编辑部：李德昭（li.dezhao@example.org），郝婕（hao.jie@example.org）");
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
            var problem = await api.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Contains("该单位已不在通讯录中", problem!["detail"]!.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/submissions/20260101-AAAAAA", token)).StatusCode);
            Assert.Empty(await app.SubmissionsAsync("zgh.xinxi@example.org"));
        }
        finally
        {
            await app.RestoreDemoAsync();
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string unitToken, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", unitToken);
        return app.Http.SendAsync(request);
    }
}
