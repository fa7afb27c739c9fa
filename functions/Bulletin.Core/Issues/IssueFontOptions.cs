namespace Bulletin.Issues;

/// <summary>An office's own licensed font files (section <c>Bulletin:Fonts</c>), used in the PDF instead of the free faces the
/// app carries when the file is there: TrueType outlines (.ttf), which PDFsharp subsets. Each face is a blob in container
/// <see cref="Container"/> (by default <c>body.ttf</c>, <c>masthead.ttf</c>, <c>leadtitle.ttf</c>); a setting below names
/// another blob, or, as an absolute path, a file on the app's file system.</summary>
public sealed class IssueFontOptions
{
    public const string Section = "Bulletin:Fonts";

    /// <summary>The blob container an office uploads its font files to.</summary>
    public string Container { get; set; } = "fonts";

    /// <summary>The body face, e.g. 方正仿宋_GBK.ttf or /home/site/fonts/方正仿宋_GBK.ttf (default blob body.ttf, else FandolFang, a 仿宋).</summary>
    public string? Body { get; set; }

    /// <summary>The masthead and headline face, e.g. 方正小标宋简体.ttf (default blob masthead.ttf, else FandolSong-Bold).</summary>
    public string? Masthead { get; set; }

    /// <summary>The lead titles' face, e.g. 黑体 (default blob leadtitle.ttf, else FandolHei).</summary>
    public string? LeadTitle { get; set; }

    /// <summary>The 编者按's face, e.g. 楷体_GB2312.ttf (default blob kai.ttf, else AR PL KaitiM GB).</summary>
    public string? EditorsNote { get; set; }
}
