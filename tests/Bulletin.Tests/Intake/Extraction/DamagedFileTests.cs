using Bulletin.Intake.Extraction;
using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Damaged copies of every kind of accepted file are read or refused, never thrown on.</summary>
public class DamagedFileTests
{
    [Theory]
    [InlineData("doc-title-field-table.doc")]
    [InlineData("doc-compressed-latin.doc")]
    [InlineData("seed-zonggonghui.docx")]
    [InlineData("text.pdf")]
    [InlineData("gbk.txt")]
    public void Truncated_and_corrupted_copies_are_read_or_refused(string name)
    {
        var original = File.ReadAllBytes(PathOf(name));
        var random = new Random(name.Length);
        for (var i = 0; i < 60; i++)
        {
            var damaged = i % 2 == 0 ? original[..random.Next(original.Length)] : Flip(original, random);

            var extraction = ArticleExtractor.FromFile(new MemoryStream(damaged), name, null);

            Assert.True(extraction.Succeeded || extraction.Refusal is { Length: > 0 });
        }
    }

    // Overwrites a run of bytes with noise, where headers, tables and zip directories are likely to be hit.
    private static byte[] Flip(byte[] original, Random random)
    {
        var copy = (byte[])original.Clone();
        var at = random.Next(copy.Length);
        for (var j = at; j < Math.Min(copy.Length, at + 16); j++)
            copy[j] = (byte)random.Next(256);
        return copy;
    }
}
