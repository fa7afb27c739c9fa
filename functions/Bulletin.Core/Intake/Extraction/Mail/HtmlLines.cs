using System.Text;
using AngleSharp.Dom;

namespace Bulletin.Intake.Extraction;

/// <summary>The text of an HTML tree as lines: block elements and &lt;br&gt; break lines, whitespace collapses as a browser would.</summary>
internal static class HtmlLines
{
    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "pre", "dd", "dt", "dl", "hr", "center", "address",
    ];

    public static string Of(IElement? body)
    {
        var text = new StringBuilder();
        if (body is not null)
            Walk(body, text);
        return text.ToString();
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
                AppendCollapsed(text, t.Data);
            else if (child is IElement e && !IsQuote(e))
            {
                var block = Blocks.Contains(e.LocalName);
                if (block || e.LocalName == "br")
                    text.Append('\n');
                Walk(e, text);
                if (block)
                    text.Append('\n');
            }
        }
    }

    private static bool IsQuote(IElement e) =>
        e.LocalName == "blockquote" || e.ClassList.Contains("gmail_quote") || e.ClassList.Contains("yahoo_quoted");

    // Whitespace collapses to one space, and vanishes between two CJK characters (CSS Text 3 segment breaks).
    private static void AppendCollapsed(StringBuilder text, string data)
    {
        var pendingSpace = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && text.Length > 0 && text[^1] != '\n' && !(TextWidth.IsWide(text[^1]) && TextWidth.IsWide(c)))
                text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }
        if (pendingSpace && text.Length > 0 && text[^1] != '\n')
            text.Append(' ');
    }
}
