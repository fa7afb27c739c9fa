using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Bulletin.Issues;

/// <summary>Serves the PDF's three faces: an office's own file when <see cref="IssueFontOptions"/> names one that exists,
/// otherwise the free Fandol face the app carries (converted to TrueType outlines, so PDFsharp embeds subsets).</summary>
/// <remarks>Azure's Linux workers have no Chinese font, hence the carried faces.</remarks>
public sealed class IssueFontResolver : IFontResolver
{
    /// <summary>The family the body is set in: 仿宋.</summary>
    public const string Body = "IssueBody";
    /// <summary>The family of the masthead and headline: a heavy Song (小标宋-like).</summary>
    public const string Masthead = "IssueMasthead";
    /// <summary>The family of lead titles: 黑体.</summary>
    public const string LeadTitle = "IssueLeadTitle";
    /// <summary>The family of 编者按: 楷体.</summary>
    public const string EditorsNote = "IssueEditorsNote";

    private static readonly Dictionary<string, string> Carried = new()
    {
        [Body] = "FandolFang-Regular",
        [Masthead] = "FandolSong-Bold",
        [LeadTitle] = "FandolHei-Regular",
        [EditorsNote] = "gkai00mp",
    };
    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, string> OfficeFiles = new();
    private static readonly ConcurrentDictionary<string, byte[]> Bytes = new();

    /// <summary>Installs the resolver once per process; PDFsharp refuses a change after first use, so another resolver already set is kept.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new IssueFontResolver();
        }
    }

    /// <summary>Takes the office's font files that exist; call before the first PDF is rendered (PDFsharp keeps a face once loaded).</summary>
    public static void UseOfficeFonts(IssueFontOptions options)
    {
        foreach (var (family, file) in new[] { (Body, options.Body), (Masthead, options.Masthead), (LeadTitle, options.LeadTitle), (EditorsNote, options.EditorsNote) })
            if (!string.IsNullOrWhiteSpace(file) && File.Exists(file))
                OfficeFiles[family] = file;
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Carried.ContainsKey(familyName) ? new(familyName, mustSimulateBold: bold, mustSimulateItalic: italic) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        Carried.TryGetValue(faceName, out var carried) ? Bytes.GetOrAdd(faceName, _ => Load(faceName, carried)) : null;

    private static byte[] Load(string family, string carried)
    {
        if (OfficeFiles.TryGetValue(family, out var file))
            return File.ReadAllBytes(file);
        var resource = $"Bulletin.Issues.Fonts.{carried}.ttf";
        using var stream = typeof(IssueFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing from the build.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
