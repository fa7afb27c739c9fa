using System.Buffers.Binary;
using Bulletin.Intake.Extraction;
using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>WPS Writer's .wps files and the .doc files WPS writes with streams shorter than they declare. No file made by
/// WPS was found in the public repositories searched, so the samples are made from the committed .doc the way WPS's
/// differ: a Word-format .wps is a .doc under another name; WPS's short streams declare more bytes than their sectors hold.</summary>
public class WpsFileTests
{
    [Fact]
    public void A_wps_saved_in_words_format_is_read_like_the_doc_it_is()
    {
        var extraction = ArticleExtractor.FromFile(File.OpenRead(PathOf("doc-title-field-table.doc")), "区教育局.wps", null);

        Assert.True(extraction.Succeeded, extraction.Refusal);
        Assert.Equal(NormalisedLines("doc-title-field-table.expected.txt"), [extraction.Article!.Title, .. extraction.Article.Paragraphs]);
    }

    [Fact]
    public void A_wps_in_another_format_gets_a_reply_asking_for_docx()
    {
        var extraction = ArticleExtractor.FromFile(new MemoryStream("WPS 文字 2000 以前的格式"u8.ToArray()), "区教育局.wps", null);

        ExtractionAssert.Refused(extraction, "另存为");
        Assert.Contains(".docx", extraction.Refusal);
    }

    [Fact]
    public void A_doc_whose_word_stream_is_shorter_than_declared_is_read_as_far_as_it_goes()
    {
        var doc = WithDeclaredSize(File.ReadAllBytes(PathOf("doc-title-field-table.doc")), "WordDocument", 6000);

        var extraction = ArticleExtractor.FromFile(new MemoryStream(doc), "区教育局.doc", null);

        Assert.True(extraction.Succeeded, extraction.Refusal);
        Assert.Equal(NormalisedLines("doc-title-field-table.expected.txt"), [extraction.Article!.Title, .. extraction.Article.Paragraphs]);
    }

    // Rewrites a stream's size in the compound file's directory (entries of 128 bytes: UTF-16 name, size at offset 120).
    private static byte[] WithDeclaredSize(byte[] file, string stream, uint size)
    {
        var copy = (byte[])file.Clone();
        var directory = 512 + BinaryPrimitives.ReadInt32LittleEndian(copy.AsSpan(0x30)) * 512;
        for (var entry = directory; entry < directory + 512; entry += 128)
            if (System.Text.Encoding.Unicode.GetString(copy, entry, stream.Length * 2) == stream)
                BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(entry + 120), size);
        return copy;
    }
}
