using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Issues;

/// <summary>The office fonts a DOCX names (not embeds), each with the fallback Word and WPS try when it is missing.</summary>
internal static class DocxFonts
{
    public const string Masthead = "方正小标宋简体";
    public const string Body = "仿宋_GB2312";
    public const string LeadTitle = "黑体";
    public const string EditorsNote = "楷体_GB2312";

    /// <summary>The font table: GB names as offices expect, alternative names for machines without them.</summary>
    public static Fonts Table() => new(
        Font(Masthead, "宋体"),
        Font(Body, "仿宋"),
        Font(LeadTitle, "SimHei"),
        Font(EditorsNote, "楷体"),
        Font("宋体", "SimSun"),
        Font("仿宋", "FangSong"));

    /// <summary>One face for Latin and East Asian text alike, so digits sit in the same face as the Chinese around them.</summary>
    public static RunFonts Run(string name) =>
        new() { Ascii = name, HighAnsi = name, EastAsia = name, ComplexScript = name, Hint = FontTypeHintValues.EastAsia };

    private static Font Font(string name, string alternative) => new(
        new AltName { Val = alternative },
        new FontCharSet { Val = "86" },
        new FontFamily { Val = FontFamilyValues.Roman },
        new Pitch { Val = FontPitchValues.Variable }) { Name = name };
}
