using Bulletin.Intake.Extraction;
using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>.docx articles: the committed source of the .doc test file, and damaged files.</summary>
public class DocxFileTests
{
    [Fact]
    public void Docx_gives_its_centred_bold_title_field_results_and_table_cells_in_order()
    {
        var expected = new ExtractedArticle("区教育局开展线上教学专项督导",
        [
            "近日，区教育局组织专班对全区中小学线上教学开展专项督导，详情见区教育局网站。督导组采取“听、看、查、访”方式，逐校检查课表落实情况。",
            "学校", "开课率", "区实验小学", "100%",
            "下一步，区教育局将持续跟踪督导，确保“停课不停学”落到实处。（区教育局）",
        ]);

        ExtractionAssert.Article(expected, Extract("doc-title-field-table.docx"));
    }

    [Fact]
    public void Docx_cut_short_is_refused_as_damaged()
    {
        ExtractionAssert.Refused(Extract("docx-truncated.docx"), "文件已损坏或不是 Word 文档");
    }

    [Fact]
    public void Text_named_docx_is_refused_as_not_a_Word_document()
    {
        ExtractionAssert.Refused(Extract("docx-not-a-zip.docx"), "文件已损坏或不是 Word 文档");
    }
}
