using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Markup;

/// <summary>The source tree keeps to the one discipline: HTML is encoded only inside <c>Markup/</c>, and <c>Html.Raw</c>, the
/// one way around it, is used only where listed here with the reason its markup is safe — a new use is a decision made in
/// review, not an accident.</summary>
public sealed class HtmlDisciplineTests
{
    private static readonly Dictionary<string, string> RawAllowed = new()
    {
        ["functions/Bulletin.Core/Distribution/IssueMailComposer.cs"] = "the issue document stored at publication (IssueHtmlRenderer) with the archive link made by Html.Of",
        ["functions/Bulletin.Core/Statistics/Reports/AdoptionReportService.cs"] = "the report document stored when AdoptionReportHtml rendered it",
    };

    // The app's pages and mails; the local host's mail stand-in (a developer tool) keeps its own small encoder.
    private static readonly string[] EncodedOnlyByMarkup = ["functions/Bulletin.Core", "functions/Bulletin.Functions"];

    [Fact]
    public void Html_Raw_is_used_only_where_the_allow_list_says()
    {
        var uses = SourcesContaining("functions", "Html.Raw(");

        Assert.Equal(RawAllowed.Keys.Order(StringComparer.Ordinal), uses);
    }

    [Fact]
    public void No_code_outside_Markup_encodes_HTML_by_hand()
    {
        var encoders = EncodedOnlyByMarkup.SelectMany(folder => SourcesContaining(folder, "HtmlEncode("));

        Assert.Empty(encoders);
    }

    [Fact]
    public void No_page_or_trigger_keeps_an_encoder_of_its_own()
    {
        var encoders = SourcesContaining("functions/Bulletin.Functions", "Encode(");

        Assert.Empty(encoders);
    }

    private static IEnumerable<string> SourcesContaining(string folder, string text) =>
        System.IO.Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.RepositoryRoot, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => !f.StartsWith("functions/Bulletin.Core/Markup/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, f)).Contains(text, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
