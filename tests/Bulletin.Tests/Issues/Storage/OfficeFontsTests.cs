using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Issues.Layout;
using Bulletin.Tests.Review;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Issues.Storage;

/// <summary>An office's own font files in blob storage (issue 14), each test with a container of its own in the collection's Azurite.</summary>
[Collection(IssueStorageCollection.Name)]
public sealed class OfficeFontsTests(IssueStorageFixture storage)
{
    private static readonly string CarriedFonts = Path.Combine(TestPaths.RepositoryRoot, "functions/Bulletin.Core/Issues/Fonts");
    private static readonly string TestFonts = Path.Combine(TestPaths.RepositoryRoot, "tests/Bulletin.Tests/Issues/TestData/Fonts");
    private readonly CancellationToken _ct = CancellationToken.None;
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly IssueFontOptions _options = new() { Container = $"fonts{Guid.NewGuid():N}" };

    [Fact]
    public async Task A_truetype_face_uploaded_as_masthead_ttf_is_embedded_as_a_subset_in_the_published_pdf()
    {
        var fonts = await OfficeFontsWithAsync(("masthead.ttf", Path.Combine(CarriedFonts, "gbsn00lp.ttf")));

        var pdf = Poppler.Fonts(await PublishedPdfAsync(fonts, 1));

        Assert.True(EmbeddedSubset(pdf, "SungtiL"), "SungtiL");
        Assert.DoesNotContain(pdf, f => f.Name.Contains("FandolSong", StringComparison.Ordinal));
        Assert.True(EmbeddedSubset(pdf, "FandolFang"), "FandolFang"); // the body keeps the carried face
        Assert.Contains(fonts.InUse, f => f.Part == "masthead" && f.Source.EndsWith("/masthead.ttf", StringComparison.Ordinal) && f.Problem is null);
    }

    [Fact]
    public async Task A_cff_font_in_the_container_is_refused_with_the_fontforge_advice_and_the_carried_face_is_used()
    {
        var fonts = await OfficeFontsWithAsync(("body.ttf", Path.Combine(TestFonts, "FandolBraille-Regular.otf")));

        var pdf = Poppler.Fonts(await PublishedPdfAsync(fonts, 2));

        Assert.True(EmbeddedSubset(pdf, "FandolFang"), "FandolFang");
        Assert.DoesNotContain(pdf, f => f.Name.Contains("Braille", StringComparison.Ordinal));
        var body = Assert.Single(fonts.InUse, f => f.Part == "body");
        Assert.Equal("carried FandolFang-Regular", body.Source);
        Assert.Contains("CFF", body.Problem);
        Assert.Contains("fontforge", body.Problem);
    }

    [Fact]
    public async Task A_face_lacking_characters_of_the_issue_gives_way_to_the_carried_face_for_that_issue()
    {
        var fonts = await OfficeFontsWithAsync(("leadtitle.ttf", Path.Combine(TestFonts, "latin-only.ttf")));

        var pdf = Poppler.Fonts(await PublishedPdfAsync(fonts, 3));

        Assert.True(EmbeddedSubset(pdf, "FandolHei"), "FandolHei");
        Assert.DoesNotContain(pdf, f => f.Name.Contains("BulletinTestLatin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replaced_font_blob_is_taken_by_the_first_publication_after_the_recheck_interval()
    {
        var fonts = await OfficeFontsWithAsync(("masthead.ttf", Path.Combine(CarriedFonts, "gbsn00lp.ttf")));
        await PublishedPdfAsync(fonts, 4);
        await UploadAsync("masthead.ttf", Path.Combine(CarriedFonts, "FandolHei-Regular.ttf"));
        var within = Poppler.Fonts(await PublishedPdfAsync(fonts, 5));
        _clock.Now += OfficeFonts.RecheckAfter;

        var pdf = Poppler.Fonts(await PublishedPdfAsync(fonts, 6));

        Assert.True(EmbeddedSubset(within, "SungtiL"), "within the interval the checked file serves");
        Assert.DoesNotContain(pdf, f => f.Name.Contains("SungtiL", StringComparison.Ordinal));
        Assert.DoesNotContain(pdf, f => f.Name.Contains("FandolSong", StringComparison.Ordinal));
    }

    private static bool EmbeddedSubset(IEnumerable<(string Name, string Type, bool Embedded, bool Subset)> pdf, string face) =>
        pdf.Any(f => f.Name.Contains(face, StringComparison.Ordinal) && f.Embedded && f.Subset);

    private async Task<OfficeFonts> OfficeFontsWithAsync((string Blob, string File) upload)
    {
        await storage.Blobs.GetBlobContainerClient(_options.Container).CreateIfNotExistsAsync(cancellationToken: _ct);
        await UploadAsync(upload.Blob, upload.File);
        return new OfficeFonts(storage.Blobs, Options.Create(_options), NullLogger<OfficeFonts>.Instance, _clock);
    }

    private async Task UploadAsync(string blob, string file) =>
        await storage.Blobs.GetBlobContainerClient(_options.Container).GetBlobClient(blob).UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(file)), overwrite: true, _ct);

    private async Task<byte[]> PublishedPdfAsync(OfficeFonts fonts, int number)
    {
        var publisher = new IssuePublisher(storage.Documents, NullLogger<IssuePublisher>.Instance, fonts);
        var result = await publisher.RenderAndStoreAsync(StoredIssues.Seed(2044, number, IssueState.SignedOff), _ct);
        return (await storage.Documents.ReadAsync(result.BlobNames[2], _ct))!.ToArray();
    }
}
