using System.Runtime.CompilerServices;
using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>The committed input files under Intake/TestData/Extraction, and the articles they should give.</summary>
public static class ExtractionFiles
{
    public static string PathOf(string name) => Path.Combine(Folder(), name);

    public static ArticleExtraction Extract(string name, string? contentType = null)
    {
        using var stream = File.OpenRead(PathOf(name));
        return ArticleExtractor.FromFile(stream, name, contentType);
    }

    /// <summary>An expected article: its title on the first line, a blank line, then one paragraph a line.</summary>
    public static ExtractedArticle Article(string name)
    {
        var parts = File.ReadAllText(PathOf(name)).Split("\n\n", 2);
        return new ExtractedArticle(parts[0], parts[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Lines of a reference text (LibreOffice's --convert-to txt), whitespace normalised, empty ones dropped.</summary>
    public static IReadOnlyList<string> NormalisedLines(string name) =>
        File.ReadAllText(PathOf(name)).TrimStart('\uFEFF').Split('\n')
            .Select(l => l.Trim().Trim('\u3000')).Where(l => l.Length > 0).ToList();

    // The folder sits beside this source file, so it is found the same way wherever the tests are built.
    private static string Folder([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "TestData", "Extraction"));
}
