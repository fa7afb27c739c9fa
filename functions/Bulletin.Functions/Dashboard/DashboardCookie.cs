using System.Net;
using Bulletin.Functions.Pages;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Dashboard;

/// <summary>The session cookie: HttpOnly, SameSite=Lax, only under /api/dashboard, and Secure except for the local
/// host (plain http on loopback, with a plain-http public address), where a Secure cookie would never come back.</summary>
internal static class DashboardCookie
{
    public const string Name = "dashboard_session";
    public const string Path = "/api/dashboard";
    public const string Home = "/api/dashboard";
    public const string SignIn = "/api/dashboard/sign-in";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpRequest request, string token, TimeSpan lifetime, string publicBaseUrl) =>
        request.HttpContext.Response.Cookies.Append(Name, token, Options(request, publicBaseUrl, lifetime));

    public static void Clear(HttpRequest request, string publicBaseUrl)
    {
        var options = Options(request, publicBaseUrl, TimeSpan.Zero);
        options.Expires = DateTimeOffset.UnixEpoch;
        request.HttpContext.Response.Cookies.Append(Name, "", options);
    }

    /// <summary>What a request without a valid session gets: pages send the browser to sign in, POSTs get 401.</summary>
    public static IActionResult Refuse(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? SeeOther(request, SignIn)
            : HtmlPage.Render(request.HttpContext.Response, StatusCodes.Status401Unauthorized, "请先登录",
                Html.Of($"<p class=\"error\">登录已失效。请<a href=\"{SignIn}\">重新登录</a>后再操作。</p>"));

    public static IActionResult SeeOther(HttpRequest request, string location)
    {
        request.HttpContext.Response.Headers.Location = location;
        return new StatusCodeResult(StatusCodes.Status303SeeOther);
    }

    private static CookieOptions Options(HttpRequest request, string publicBaseUrl, TimeSpan lifetime) => new()
    {
        HttpOnly = true,
        Secure = !IsLocalPlainHttp(request, publicBaseUrl),
        SameSite = SameSiteMode.Lax,
        Path = Path,
        MaxAge = lifetime,
    };

    // In Azure the worker, too, sees plain http from the host on loopback; the public address (https there) tells them apart.
    private static bool IsLocalPlainHttp(HttpRequest request, string publicBaseUrl) =>
        !request.IsHttps && Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var site) && site.Scheme == Uri.UriSchemeHttp && site.IsLoopback &&
        (request.Host.Host == "localhost" || IPAddress.TryParse(request.Host.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
