using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using static Bulletin.Functions.Pages.HtmlPage;

namespace Bulletin.Functions.Dashboard;

/// <summary>The pages of signing in: ask for the address, the neutral answer, the confirmation, a link that does not work.</summary>
internal static class SignInPage
{
    public const string Sent = "如果该邮箱属于编辑，登录链接已发出";

    public static ContentResult Ask(HttpResponse response) => Render(response, 200, "编辑工作台登录", Html.Of(
        $"<p>请输入您在通讯录中的邮箱，我们会把登录链接发到这个邮箱（30 分钟内有效）。</p>" +
        $"<form method=\"post\" action=\"/api/dashboard/sign-in\"><label for=\"email\">邮箱</label>" +
        $"<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"email\" required maxlength=\"254\">" +
        $"<button type=\"submit\">发送登录链接</button></form>"));

    public static ContentResult Answered(HttpResponse response) => Render(response, 200, "编辑工作台登录", Html.Of(
        $"<p class=\"ok\" role=\"status\">{Sent}。请查收邮件并在 30 分钟内打开链接。</p>" +
        $"<p class=\"hint\">没有收到？请确认邮箱无误，或<a href=\"/api/dashboard/sign-in\">重新申请</a>。</p>"));

    public static ContentResult Confirm(HttpResponse response, string email, string token, string proof) => Render(response, 200, "编辑工作台登录", Html.Of(
        $"<p>以 <strong>{email}</strong> 登录编辑工作台。</p>" +
        $"<form method=\"post\" action=\"/api/dashboard/session?token={Uri.EscapeDataString(token)}\">" +
        $"<input type=\"hidden\" name=\"proof\" value=\"{proof}\"><button type=\"submit\">登录</button></form>" +
        $"<p class=\"hint\">登录后 12 小时内有效；在公用电脑上用完请点“退出”。</p>"));

    public static ContentResult BadLink(HttpResponse response, string explanation, int status) => Render(response, status, "链接无法使用", Html.Of(
        $"<p class=\"error\">{explanation}</p><p><a href=\"/api/dashboard/sign-in\">重新申请登录链接</a></p>"));
}
