using System.Net;
using System.Net.Http.Headers;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Functions;

/// <summary>Each HTTP function declares once who may call it, and the worker's middleware holds every guarded route shut
/// to a caller without credentials: a function that forgot its rule fails here, not in production.</summary>
[Collection(nameof(BulletinAppHostCollection))]
public sealed class CallerRuleTests(BulletinAppHostFixture app)
{
    public static TheoryData<string, string, string, string> GuardedRequests()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var function in HttpFunctionRules.All.Where(f => HttpFunctionRules.Guarded.Contains(f.Rule)))
            foreach (var method in function.Methods)
                data.Add(function.Name, function.Rule!, method.ToUpperInvariant(), PathOf(function.Route));
        return data;
    }

    [Fact]
    public void Every_http_function_declares_who_may_call_it()
    {
        var undeclared = HttpFunctionRules.All.Where(f => f.Rule is null).Select(f => f.Name);

        Assert.Empty(undeclared);
        Assert.True(HttpFunctionRules.All.Count >= 35, "all HTTP functions of functions.metadata are read");
    }

    [Theory]
    [MemberData(nameof(GuardedRequests))]
    public async Task A_guarded_route_refuses_a_caller_without_credentials(string function, string rule, string method, string path)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Host.BaseAddress };

        var anonymous = await http.SendAsync(Request(method, path, null));
        var forged = await http.SendAsync(Request(method, path, rule == "InboundSecret"
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String("sendgrid:wrong"u8.ToArray()))
            : new AuthenticationHeaderValue("Bearer", "forged.token")));

        foreach (var response in new[] { anonymous, forged })
            if (rule == "Editor" && method == "GET")
            {
                Assert.True(HttpStatusCode.SeeOther == response.StatusCode, $"{function}: {response.StatusCode}");
                Assert.Equal("/api/dashboard/sign-in", response.Headers.Location!.OriginalString);
            }
            else
                Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{function} {method} {path}: {response.StatusCode}");
    }

    private static HttpRequestMessage Request(string method, string path, AuthenticationHeaderValue? authorization) =>
        new(new HttpMethod(method), path)
        {
            Headers = { Authorization = authorization },
            Content = method is "GET" or "DELETE" ? null : new FormUrlEncodedContent(new Dictionary<string, string> { ["proof"] = "x", ["choice"] = "adopt" }),
        };

    /// <summary>The route with a plausible value for each parameter.</summary>
    private static string PathOf(string route) => "/api/" + route
        .Replace("{year}", "2026").Replace("{number}", "1").Replace("{id}", "20261125-K7Q2M9").Replace("{kind}", "pdf")
        .Replace("{unit}", Uri.EscapeDataString("新安路街道")).Replace("{series}", "main");
}
