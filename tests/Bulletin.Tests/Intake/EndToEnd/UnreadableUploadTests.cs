using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>Bodies the upload page and the submission API cannot read, and titles longer than allowed, are the caller's
/// error: 4xx with a message saying what to do (a Chinese page on the page, problem details on the API), nothing stored.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class UnreadableUploadTests(IntakeHostFixture app)
{
    public static TheoryData<string> UnreadableBodies => new() { "broken-multipart", "10000-parts", "not-a-form" };

    [Theory]
    [MemberData(nameof(UnreadableBodies))]
    public async Task The_upload_page_answers_an_unreadable_post_with_a_Chinese_page_and_registers_nothing(string kind)
    {
        var link = await IssueLinkAsync();
        var before = (await app.SubmissionsAsync()).Count;

        var response = await app.Http.PostAsync(link.PathAndQuery, Body(kind));

        Assert.Equal(kind == "not-a-form" ? HttpStatusCode.UnsupportedMediaType : HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("未作任何更改", await response.Content.ReadAsStringAsync());
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(before, (await app.SubmissionsAsync()).Count);
    }

    [Theory]
    [InlineData("broken-multipart")]
    [InlineData("10000-parts")]
    public async Task The_submission_api_answers_an_unreadable_post_with_problem_details(string kind)
    {
        var token = Token(await IssueLinkAsync());

        var response = await SendAsync(token, Body(kind));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains("无法读取", problem["title"]!.ToString());
    }

    [Fact]
    public async Task A_title_longer_than_200_characters_is_refused_by_page_and_api_with_its_limit()
    {
        var link = await IssueLinkAsync();
        var before = (await app.SubmissionsAsync()).Count;
        var title = new string('长', 100_000);

        var page = await app.Http.PostAsync(link.PathAndQuery, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submitter"] = "xiawo.xinxi@example.org", ["title"] = title, ["text"] = "近日，峡窝镇组织开展防汛应急演练，检验了应急预案。",
        }));
        var api = await SendAsync(Token(link), JsonContent.Create(new
        {
            submitterEmail = "xiawo.xinxi@example.org", title, text = "近日，峡窝镇组织开展防汛应急演练。", key = Guid.NewGuid().ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("超过 200 字", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("超过 200 字", (await api.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.ToString());
        Assert.Equal(before, (await app.SubmissionsAsync()).Count);
    }

    /// <summary>A body the form reader cannot take: a multipart body cut off mid-part, 10,000 fields, or JSON where a form belongs.</summary>
    internal static HttpContent Body(string kind) => kind switch
    {
        "broken-multipart" => new StringContent("--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n标题", Encoding.UTF8)
            { Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b") } },
        "10000-parts" => new StringContent(string.Join("&", Enumerable.Range(0, 10_000).Select(i => $"f{i}=x")), Encoding.UTF8, "application/x-www-form-urlencoded"),
        _ => new StringContent("{\"title\":\"标题\"}", Encoding.UTF8, "application/json"),
    };

    private async Task<Uri> IssueLinkAsync()
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{Uri.EscapeDataString("峡窝镇")}/submission-link");
        response.EnsureSuccessStatusCode();
        return new Uri((await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString());
    }

    private static string Token(Uri link) => Uri.UnescapeDataString(link.Query.Split("token=")[1]);

    private Task<HttpResponseMessage> SendAsync(string unitToken, HttpContent content) =>
        app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = content, Headers = { Authorization = new("Bearer", unitToken) } });
}
