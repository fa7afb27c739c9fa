using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bulletin.LocalHost.MailSink;

/// <summary>The shell of the outbox pages: one self-contained HTML document, inline CSS, readable on a phone.</summary>
internal static class HtmlPage
{
    // Chinese stays readable in the source; markup characters and quotes are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // Nothing loads from outside; the mail's own HTML runs in a sandboxed srcdoc frame without scripts.
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

    private const string Style = """
        :root { color-scheme: light; font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
        body { margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.5; color: #1f2328; background: #f6f8fa; }
        h1 { font-size: 1.4rem; margin: .25rem 0 .75rem; } h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        a { color: #0b57d0; } .muted { color: #59636e; font-size: .9rem; }
        ul.mails { list-style: none; padding: 0; margin: 0; }
        ul.mails li { background: #fff; border: 1px solid #d1d9e0; border-radius: .5rem; margin-bottom: .5rem; }
        ul.mails a { display: block; padding: .6rem .8rem; text-decoration: none; color: inherit; }
        .subject { font-weight: 600; display: block; overflow-wrap: anywhere; }
        .card { background: #fff; border: 1px solid #d1d9e0; border-radius: .5rem; padding: .6rem .8rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: 0; }
        dt { color: #59636e; } dd { margin: 0; overflow-wrap: anywhere; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font-family: inherit; }
        iframe { width: 100%; height: 60vh; border: 1px solid #d1d9e0; border-radius: .5rem; background: #fff; }
        @media (max-width: 30rem) { dl { grid-template-columns: 1fr; } dt { margin-top: .4rem; } }
        """;

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static string Render(string title, string body)
    {
        var html = new StringBuilder(body.Length + Style.Length + 300);
        html.Append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title><style>").Append(Style).Append("</style></head>\n<body>")
            .Append(body)
            .Append("</body></html>\n");
        return html.ToString();
    }
}
