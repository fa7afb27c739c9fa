using Bulletin.Markup;

namespace Bulletin.Issues;

/// <summary>Inline styles of the HTML rendering: style attributes only, since mail clients drop &lt;style&gt; blocks.</summary>
internal static class IssueHtmlStyles
{
    public static readonly Html Red = Html.Of($"#c00000");
    public static readonly Html Body = Html.Of($"margin:0;padding:0;background:#ffffff;");
    public static readonly Html Page = Html.Of(
        $"max-width:680px;margin:0 auto;padding:16px 18px 28px;color:#1a1a1a;font-size:17px;line-height:1.85;" +
        $"font-family:'仿宋_GB2312','仿宋','FangSong','STFangsong','宋体','SimSun',serif;");
    public static readonly Html Masthead = Html.Of(
        $"margin:12px 0 6px;text-align:center;color:{Red};font-size:46px;line-height:1.2;letter-spacing:6px;" +
        $"font-weight:bold;font-family:'方正小标宋简体','FZXiaoBiaoSong-B05S','宋体','SimSun','Songti SC',serif;");
    public static readonly Html NumberLine = Html.Of($"margin:0;text-align:center;font-size:17px;");
    public static readonly Html DateTable = Html.Of($"width:100%;border-collapse:collapse;font-size:16px;");
    public static readonly Html Left = Html.Of($"padding:0;text-align:left;");
    public static readonly Html Right = Html.Of($"padding:0;text-align:right;");
    public static readonly Html RedRule = Html.Of($"border:0;border-top:2px solid {Red};margin:4px 0 18px;");
    public static readonly Html Series = Html.Of(
        $"margin:0 0 14px;text-align:center;font-size:20px;line-height:1.5;font-weight:bold;text-wrap:balance;" +
        $"font-family:'方正小标宋简体','宋体','SimSun',serif;");
    public static readonly Html HeadlinePhrase = Html.Of($"display:inline-block;max-width:100%;");
    public static readonly Html Paragraph = Html.Of($"margin:0 0 8px;text-indent:2em;text-align:justify;");
    public static readonly Html LeadTitle = Html.Of($"font-weight:bold;font-family:'黑体','SimHei','Heiti SC',sans-serif;");
    public static readonly Html FooterRule = Html.Of($"border:0;border-top:1px solid {Red};margin:6px 0;");
    public static readonly Html FooterLine = Html.Of($"margin:0;font-size:16px;line-height:1.6;");
    public static readonly Html FooterTable = Html.Of($"width:100%;border-collapse:collapse;font-size:16px;line-height:1.6;");
    public static readonly Html MarkingsTop = Html.Of($"margin:0 0 4px;text-align:left;");
    public static readonly Html MarkingLine = Html.Of($"margin:0;font-size:17px;line-height:1.6;font-family:'黑体','SimHei','Heiti SC',sans-serif;");
    public static readonly Html NoteParagraph = Html.Of(
        $"margin:0 0 8px;text-indent:2em;text-align:justify;font-family:'楷体_GB2312','楷体','KaiTi','STKaiti',serif;");
}
