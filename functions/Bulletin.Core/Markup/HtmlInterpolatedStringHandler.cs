using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;

namespace Bulletin.Markup;

/// <summary>Builds <see cref="Html"/> from an interpolated string: literal parts are markup written by the programmer and are
/// taken as they are; a hole is text and is HTML-encoded (quotes too, so <c>href="{url}"</c> is safe), unless it is
/// <see cref="Html"/> or a sequence of it, which is inserted as it is. Numbers and dates are formatted invariantly.</summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolatedStringHandler
{
    private DefaultInterpolatedStringHandler _markup;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount) =>
        _markup = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string markup) => _markup.AppendLiteral(markup);

    public void AppendFormatted(Html html) => _markup.AppendLiteral(html.ToString());

    public void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var part in parts)
            _markup.AppendLiteral(part.ToString());
    }

    public void AppendFormatted(string? text) => _markup.AppendLiteral(WebUtility.HtmlEncode(text) ?? "");

    public void AppendFormatted<T>(T value, string? format = null)
    {
        switch (value)
        {
            case Html html: AppendFormatted(html); break;
            case IEnumerable<Html> parts: AppendFormatted(parts); break;
            case IFormattable formattable: AppendFormatted(formattable.ToString(format, CultureInfo.InvariantCulture)); break;
            default: AppendFormatted(value?.ToString()); break;
        }
    }

    internal string ToStringAndClear() => _markup.ToStringAndClear();
}
