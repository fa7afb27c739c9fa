using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Word 97-2003 files written by LibreOffice, checked against LibreOffice's own text conversion.</summary>
public class DocFileTests
{
    [Fact]
    public void Doc_text_equals_what_LibreOffice_converts_it_to_with_field_codes_left_out()
    {
        var extraction = Extract("doc-title-field-table.doc");

        Assert.True(extraction.Succeeded, extraction.Refusal);
        Assert.Equal(NormalisedLines("doc-title-field-table.expected.txt"), [extraction.Article!.Title, .. extraction.Article.Paragraphs]);
        Assert.DoesNotContain(extraction.Article.Paragraphs, p => p.Contains("HYPERLINK"));
    }

    [Fact]
    public void Doc_title_comes_from_a_short_first_line_since_formatting_is_not_read()
    {
        Assert.Equal("区教育局开展线上教学专项督导", Extract("doc-title-field-table.doc").Article?.Title);
    }

    [Fact]
    public void Doc_stored_as_8_bit_text_decodes_Windows_1252_quotes_and_dashes()
    {
        var extraction = Extract("doc-compressed-latin.doc");

        Assert.True(extraction.Succeeded, extraction.Refusal);
        Assert.Equal(NormalisedLines("doc-compressed-latin.expected.txt"),
            extraction.Article!.Paragraphs.Prepend(extraction.Article.Title).Where(p => p.Length > 0));
    }

    [Fact]
    public void Doc_marked_encrypted_is_refused_asking_for_the_password_to_be_removed()
    {
        ExtractionAssert.Refused(Extract("doc-encrypted.doc"), "密码");
    }

    [Fact]
    public void Docx_named_doc_is_read_as_the_docx_it_is()
    {
        using var stream = File.OpenRead(PathOf("seed-zonggonghui.docx"));

        var extraction = Bulletin.Intake.Extraction.ArticleExtractor.FromFile(stream, "区总工会.doc", "application/msword");

        Assert.Equal("区总工会点滴关爱助力疫情防控工作", extraction.Article?.Title);
    }

    [Fact]
    public void Doc_cut_short_is_refused_as_damaged()
    {
        var bytes = File.ReadAllBytes(PathOf("doc-title-field-table.doc"))[..5000];

        var extraction = Bulletin.Intake.Extraction.ArticleExtractor.FromFile(new MemoryStream(bytes), "cut.doc", null);

        ExtractionAssert.Refused(extraction, "已损坏");
    }
}
