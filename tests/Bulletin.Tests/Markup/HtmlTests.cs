using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Bulletin.Markup;

namespace Bulletin.Tests.Markup;

public sealed class HtmlTests
{
    [Fact]
    public void Literal_parts_are_markup_and_text_holes_are_encoded_quotes_and_script_included()
    {
        var name = "<script>alert('x')</script> & \"friends\"";

        var html = Html.Of($"<p title=\"{name}\">{name}</p>");

        Assert.Equal("<p title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;\">" +
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;</p>", html.ToString());
    }

    [Fact]
    public void An_attribute_value_cannot_be_left_through_its_quotes()
    {
        var url = "https://x.org/?a=1\" onmouseover=\"alert(1)";

        var html = Html.Of($"<a href=\"{url}\">x</a>").ToString();

        Assert.Equal("<a href=\"https://x.org/?a=1&quot; onmouseover=&quot;alert(1)\">x</a>", html);
    }

    [Fact]
    public void Nested_html_is_inserted_as_it_is_not_encoded_twice()
    {
        var inner = Html.Of($"<b>{"Tom & Jerry"}</b>");

        var outer = Html.Of($"<p>{inner}</p>");

        Assert.Equal("<p><b>Tom &amp; Jerry</b></p>", outer.ToString());
    }

    [Fact]
    public void Html_passed_as_object_is_still_not_encoded_twice()
    {
        object inner = Html.Of($"<br>");

        Assert.Equal("<p><br></p>", Html.Of($"<p>{inner}</p>").ToString());
    }

    [Fact]
    public void Sequences_of_html_are_joined_whatever_their_collection_type()
    {
        string[] items = ["a<", "b&"];
        var selected = items.Select(i => Html.Of($"<li>{i}</li>"));
        var list = selected.ToList();
        var array = selected.ToArray();

        Assert.Equal("<ul><li>a&lt;</li><li>b&amp;</li></ul>", Html.Of($"<ul>{selected}</ul>").ToString());
        Assert.Equal("<ul><li>a&lt;</li><li>b&amp;</li></ul>", Html.Of($"<ul>{list}</ul>").ToString());
        Assert.Equal("<ul><li>a&lt;</li><li>b&amp;</li></ul>", Html.Of($"<ul>{array}</ul>").ToString());
        Assert.Equal("<li>a&lt;</li><br><li>b&amp;</li>", Html.Join(Html.Of($"<br>"), list).ToString());
        Assert.Equal("<li>a&lt;</li><li>b&amp;</li>", Html.Concat(list).ToString());
    }

    [Fact]
    public void Null_and_empty_holes_write_nothing()
    {
        string? missing = null;
        object? nothing = null;

        Assert.Equal("<p></p><p></p><p></p>", Html.Of($"<p>{missing}</p><p>{Html.Empty}</p><p>{nothing}</p>").ToString());
        Assert.Equal("", default(Html).ToString());
        Assert.True(Html.Empty.IsEmpty);
        Assert.Equal("", Html.Text(null).ToString());
    }

    [Fact]
    public void Numbers_and_dates_are_formatted_invariantly_whatever_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            var html = Html.Of($"<td>{1234.5m}</td><td>{0.126:0.##}</td><td>{new DateOnly(2026, 11, 25):yyyy-MM-dd}</td><td>{-3}</td>");

            Assert.Equal("<td>1234.5</td><td>0.13</td><td>2026-11-25</td><td>-3</td>", html.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_formatted_hole_is_encoded_too()
    {
        var html = Html.Of($"<p>{new DateOnly(2026, 11, 25):yyyy<MM>dd}</p>");

        Assert.Equal("<p>2026&lt;11&gt;25</p>", html.ToString());
    }

    [Fact]
    public void Text_is_encoded_exactly_as_WebUtility_encodes_it()
    {
        var text = "上街信息 café © 😀 <&>\"'";

        Assert.Equal(WebUtility.HtmlEncode(text), Html.Text(text).ToString());
        Assert.Equal($"<p>{WebUtility.HtmlEncode(text)}</p>", Html.Of($"<p>{text}</p>").ToString());
    }

    [Fact]
    public void As_IHtmlContent_it_writes_its_markup_without_encoding_it_again()
    {
        var writer = new StringWriter();

        Html.Of($"<p>{"a&b"}</p>").WriteTo(writer, HtmlEncoder.Default);

        Assert.Equal("<p>a&amp;b</p>", writer.ToString());
    }
}
