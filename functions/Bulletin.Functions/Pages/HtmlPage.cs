using Bulletin.Markup;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Pages;

/// <summary>The frame of every page people open: Chinese, readable on a phone, inline CSS only, no external
/// resources, and headers that keep tokens in URLs from leaking (no referrer) and forbid framing and scripts.</summary>
public static class HtmlPage
{
    // Markup, not text: its quotes stay quotes.
    private static readonly Html Style = Html.Of(
        $$"""body{font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:0;background:#f6f6f6;color:#222;line-height:1.6}""" +
        $$"""main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}""" +
        // Editors work on desktop PCs: their pages take the width of a desktop screen, and stay one column on a phone.
        $$"""main.wide{max-width:78rem}@media(min-width:60rem){main.wide{padding:1rem 2rem}""" + $$"""}""" +
        $$"""h1{font-size:1.4rem;color:#c00;margin:.5rem 0 1rem}label{display:block;margin:1rem 0 .3rem;font-weight:600}""" +
        $$"""input,select,textarea,button{font:inherit;width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #bbb;border-radius:.4rem}""" +
        $$"""textarea{min-height:14rem}button{background:#c00;color:#fff;border:0;margin-top:1.5rem;font-weight:600}""" +
        $$""".error{background:#fee;border:1px solid #e99;padding:.8rem;border-radius:.4rem}.ok{background:#efe;border:1px solid #9c9;padding:.8rem;border-radius:.4rem}""" +
        $$""".hint{color:#666;font-size:.9rem}""" +
        // DashboardLayout.TableList: a list on a phone, a table with a header row on a desktop.
        $$"""ul.table>li.head{display:none;font-weight:600;font-size:.9rem;border-bottom:2px solid #ccc;padding:.4rem 0}""" +
        $$"""@media(min-width:60rem){ul.table>li,ul.table>li.head{display:grid;grid-template-columns:minmax(0,1fr) repeat(3,minmax(7rem,12rem));gap:0 1rem;align-items:baseline}""" +
        $$"""ul.table .hint{display:contents}ul.table br,ul.table .sep{display:none}""" + $$"""}""");

    /// <param name="wide">The dashboard's pages: as wide as a desktop screen allows.</param>
    public static ContentResult Render(HttpResponse response, int status, string title, Html body, bool wide = false)
    {
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return new ContentResult
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            Content = Html.Of(
                $"<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">" +
                $"<title>{title}</title><style>{Style}</style></head><body><main{(wide ? Html.Of($" class=\"wide\"") : Html.Empty)}><h1>{title}</h1>{body}</main></body></html>").ToString(),
        };
    }
}
