using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace Bulletin.Issues;

/// <summary>Serves the PDF's faces: the free Fandol faces the app carries (converted to TrueType outlines, so PDFsharp embeds
/// subsets) and the office font files registered by <see cref="OfficeFonts"/>, each under a family named after its content.</summary>
/// <remarks>Azure's Linux workers have no Chinese font, hence the carried faces. PDFsharp keeps a face once loaded, so a
/// changed office file gets a new family name rather than replacing the old one's bytes.</remarks>
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

    /// <summary>The carried file of each family.</summary>
    public static IReadOnlyDictionary<string, string> Carried { get; } = new Dictionary<string, string>
    {
        [Body] = "FandolFang-Regular",
        [Masthead] = "FandolSong-Bold",
        [LeadTitle] = "FandolHei-Regular",
        [EditorsNote] = "gkai00mp",
    };
    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, byte[]> Bytes = new();

    /// <summary>Installs the resolver once per process; PDFsharp refuses a change after first use, so another resolver already set is kept.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new IssueFontResolver();
        }
    }

    /// <summary>Makes a font file's bytes available as a family of its own; the same bytes always get the same name.</summary>
    public static string Register(byte[] font)
    {
        var family = "Office-" + Convert.ToHexString(SHA256.HashData(font), 0, 8);
        Bytes.TryAdd(family, font);
        return family;
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        Carried.ContainsKey(familyName) || Bytes.ContainsKey(familyName) ? new(familyName, mustSimulateBold: bold, mustSimulateItalic: italic) : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        Bytes.TryGetValue(faceName, out var bytes) ? bytes
        : Carried.TryGetValue(faceName, out var carried) ? Bytes.GetOrAdd(faceName, _ => Load(carried)) : null;

    private static byte[] Load(string carried)
    {
        var resource = $"Bulletin.Issues.Fonts.{carried}.ttf";
        using var stream = typeof(IssueFontResolver).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded font {resource} is missing from the build.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
