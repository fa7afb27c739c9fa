using PdfSharp.Fonts;

namespace Bulletin.Issues;

/// <summary>Serves the one CJK face the app carries (AR PL SungtiL GB, a single TrueType face PDFsharp can subset).</summary>
/// <remarks>Azure's Linux workers have no Chinese font; bold is simulated, since a second face would double the package.</remarks>
public sealed class IssueFontResolver : IFontResolver
{
    /// <summary>The family name the PDF rendering asks for.</summary>
    public const string Family = "IssueSong";
    private const string Face = "gbsn00lp";
    private const string Resource = "Bulletin.Issues.Fonts.gbsn00lp.ttf";
    private static readonly Lock Gate = new();
    private static readonly Lazy<byte[]> FontBytes = new(Load);

    /// <summary>Installs the resolver once per process; PDFsharp refuses a change after first use, so another resolver already set is kept.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new IssueFontResolver();
        }
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Face, mustSimulateBold: bold, mustSimulateItalic: italic);

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName == Face ? FontBytes.Value : null;

    private static byte[] Load()
    {
        using var stream = typeof(IssueFontResolver).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded font {Resource} is missing from the build.");
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
