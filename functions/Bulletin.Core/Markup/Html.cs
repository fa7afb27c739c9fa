using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Bulletin.Markup;

/// <summary>Markup known to be safe: made only by <see cref="Of"/> from an interpolated string whose literal parts are the
/// markup and whose holes are encoded as text (unless a hole is itself <see cref="Html"/>), so pages and mail bodies are
/// encoded by construction rather than by care. <see cref="Raw"/> is the one escape hatch, allowed only where
/// <c>HtmlDisciplineTests</c> lists it.</summary>
public readonly struct Html : IHtmlContent
{
    private readonly string? _markup;

    private Html(string markup) => _markup = markup;

    public static Html Empty => default;

    /// <summary><c>Html.Of($"&lt;p&gt;{name}&lt;/p&gt;")</c>: literals taken as markup, holes encoded (see
    /// <see cref="HtmlInterpolatedStringHandler"/>).</summary>
    public static Html Of(ref HtmlInterpolatedStringHandler markup) => new(markup.ToStringAndClear());

    /// <summary>Text as HTML: &lt; &gt; &amp; " ' encoded, as <see cref="WebUtility.HtmlEncode(string)"/> does.</summary>
    public static Html Text(string? text) => new(WebUtility.HtmlEncode(text) ?? "");

    /// <summary>Markup this app made itself and kept as a string (a stored issue document). Not for anything a person typed:
    /// every use is listed in <c>HtmlDisciplineTests</c>.</summary>
    public static Html Raw(string markup) => new(markup);

    public static Html Concat(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p._markup)));

    public static Html Join(Html separator, IEnumerable<Html> parts) => new(string.Join(separator._markup, parts.Select(p => p._markup)));

    public bool IsEmpty => string.IsNullOrEmpty(_markup);

    /// <summary>The markup, to write out (a response body, a mail part, a stored document).</summary>
    public override string ToString() => _markup ?? "";

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(_markup);
}
