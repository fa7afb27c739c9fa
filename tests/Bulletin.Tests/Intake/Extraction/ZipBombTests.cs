using System.IO.Compression;
using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Zip archives disguised as .docx that would take far more memory to open than they take to send.</summary>
public class ZipBombTests
{
    [Fact]
    public void Docx_holding_200_MB_of_zeros_is_refused_without_inflating_it()
    {
        var bomb = Zip(zip =>
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
                entry.Write(zeros);
        });
        Assert.True(bomb.Length < 1024 * 1024);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();

        var extraction = ArticleExtractor.FromFile(new MemoryStream(bomb), "稿件.docx", null);

        Assert.Contains("压缩内容异常", extraction.Refusal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore < 20 * 1024 * 1024, "the bomb was inflated");
    }

    [Fact]
    public void Docx_with_more_than_1000_entries_is_refused()
    {
        var many = Zip(zip =>
        {
            for (var i = 0; i < 1001; i++)
                zip.CreateEntry($"word/media/{i}.xml", CompressionLevel.Fastest);
        });

        Assert.Contains("压缩内容异常", ArticleExtractor.FromFile(new MemoryStream(many), "稿件.docx", null).Refusal);
    }

    [Fact]
    public void Docx_over_100_MB_uncompressed_at_a_modest_ratio_is_refused()
    {
        // 1 KB of noise in every 64 KB keeps each entry near 60:1, under the ratio limit; three make 150 MB.
        var noise = new byte[1024];
        new Random(7).NextBytes(noise);
        var block = noise.Concat(new byte[63 * 1024]).ToArray();
        var large = Zip(zip =>
        {
            for (var e = 0; e < 3; e++)
            {
                using var entry = zip.CreateEntry($"word/part{e}.xml", CompressionLevel.Fastest).Open();
                for (var i = 0; i < 800; i++)
                    entry.Write(block);
            }
        });

        Assert.Contains("压缩内容异常", ArticleExtractor.FromFile(new MemoryStream(large), "稿件.docx", null).Refusal);
    }

    private static byte[] Zip(Action<ZipArchive> fill)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            fill(zip);
        return stream.ToArray();
    }
}
