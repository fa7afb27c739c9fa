using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

[Collection(nameof(TestAppHostCollection))]
public sealed class HttpTriggerTests(TestAppHostFixture app)
{
    [Fact]
    public async Task Route_values_reach_the_function_through_the_real_worker()
    {
        var response = await app.Http.GetAsync("/api/hello/世界");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("你好 世界", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_query_and_headers_are_forwarded_to_the_worker()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/echo?q=%E7%AE%80%E6%8A%A5") { Content = new StringContent("第 20 期") };
        request.Headers.Add("X-Test", "header-value");

        var response = await app.Http.SendAsync(request);

        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("第 20 期", json!["body"]!.ToString());
        Assert.Equal("简报", json["query"]!.ToString());
        Assert.Equal("header-value", json["header"]!.ToString());
    }

    [Fact]
    public async Task A_throwing_function_answers_500_without_its_exception_text()
    {
        var response = await app.Http.GetAsync("/api/throw");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("secret-connection-detail", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_routes_answer_404_and_wrong_methods_405()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync("/api/no-such-function")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await app.Http.PostAsync("/api/hello/x", new StringContent(""))).StatusCode);
    }

    [Fact]
    public async Task Parallel_requests_each_get_their_own_answer()
    {
        var names = Enumerable.Range(0, 100).Select(i => $"单位{i}").ToArray();

        var answers = await Task.WhenAll(names.Select(name => app.Http.GetStringAsync($"/api/hello/{Uri.EscapeDataString(name)}")));

        Assert.Equal(names.Select(n => $"你好 {n}"), answers);
    }

    [Fact]
    public async Task A_request_body_over_Kestrels_30_MB_default_reaches_the_function_as_in_Azure()
    {
        var body = new string('文', 12 * 1024 * 1024); // 36 MB in UTF-8

        var response = await app.Http.PostAsync("/api/echo", new StringContent(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body.Length, (await response.Content.ReadFromJsonAsync<JsonObject>())!["body"]!.ToString().Length);
    }
}
