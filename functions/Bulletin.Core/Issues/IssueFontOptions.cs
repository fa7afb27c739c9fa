namespace Bulletin.Issues;

/// <summary>An office's own licensed font files (section <c>Bulletin:Fonts</c>), used in the PDF instead of the free faces the
/// app carries when the file is there: TrueType outlines (.ttf, or .otf with TrueType outlines), which PDFsharp subsets.</summary>
public sealed class IssueFontOptions
{
    public const string Section = "Bulletin:Fonts";

    /// <summary>The body face, e.g. /home/site/fonts/方正仿宋_GBK.ttf (default FandolFang, a 仿宋).</summary>
    public string? Body { get; set; }

    /// <summary>The masthead and headline face, e.g. 方正小标宋简体 (default FandolSong-Bold).</summary>
    public string? Masthead { get; set; }

    /// <summary>The lead titles' face, e.g. 黑体 (default FandolHei).</summary>
    public string? LeadTitle { get; set; }

    /// <summary>The 编者按's face, e.g. 楷体_GB2312 (default AR PL KaitiM GB).</summary>
    public string? EditorsNote { get; set; }
}
