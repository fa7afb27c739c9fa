using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Markup;

/// <summary><c>Html.Raw</c> is the one way around the encoding: each use is listed here with why its markup is safe, so a new
/// one is a decision someone makes in review, not an accident.</summary>
public sealed class HtmlRawUsesTests
{
    private static readonly Dictionary<string, string> Allowed = new()
    {
        // The issue document stored at publication, made by IssueHtmlRenderer, with the archive link made by Html.Of.
        ["functions/Bulletin.Core/Distribution/IssueMailComposer.cs"] = "stored issue document",
        // The report document stored when the report was rendered by AdoptionReportHtml.
        ["functions/Bulletin.Core/Statistics/Reports/AdoptionReportService.cs"] = "stored report document",
    };

    [Fact]
    public void Html_Raw_is_used_only_where_the_allow_list_says()
    {
        var uses = System.IO.Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "functions"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => !f.EndsWith(Path.Combine("Markup", "Html.cs"), StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Html.Raw(", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), uses);
    }
}
