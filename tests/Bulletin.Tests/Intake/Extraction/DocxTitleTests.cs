using Bulletin.Intake.Extraction;
using DocumentFormat.OpenXml.Wordprocessing;
using static Bulletin.Tests.Intake.Extraction.DocxDocuments;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Which .docx paragraph becomes the title, and what text counts.</summary>
public class DocxTitleTests
{
    private const string Body = "　　近日，区新安路街道围绕“服务中铝、打造陆港、产城融合、和谐发展”的工作思路，大力推行党建引领“3个+”服务，全力保障重点项目按序推进。";

    [Fact]
    public void Paragraph_in_a_Chinese_named_heading_style_is_the_title()
    {
        using var docx = Create((main, body) =>
        {
            AddHeadingStyle(main, "a3", "标题 1");
            body.Append(Styled("a3", "新安路街道保障重点项目"), Paragraph(Run(Body)));
        });

        var article = ArticleExtractor.FromFile(docx, "稿件.docx", null).Article!;

        Assert.Equal("新安路街道保障重点项目", article.Title);
        Assert.Equal([Body.TrimStart('\u3000')], article.Paragraphs);
    }

    [Fact]
    public void Short_line_before_a_bold_title_stays_in_the_body_and_the_bold_paragraph_is_the_title()
    {
        using var docx = Create((_, body) => body.Append(
            Paragraph(Run("附件1")), Paragraph(Run("新安路街道保障重点项目", bold: true)), Paragraph(Run(Body))));

        var article = ArticleExtractor.FromFile(docx, "稿件.docx", null).Article!;

        Assert.Equal("新安路街道保障重点项目", article.Title);
        Assert.Equal(["附件1", Body.TrimStart('\u3000')], article.Paragraphs);
    }

    [Fact]
    public void Document_without_bold_heading_or_centred_title_has_no_title()
    {
        using var docx = Create((_, body) => body.Append(Paragraph(Run(Body)), Paragraph(Run("新安路街道保障重点项目", bold: true))));

        Assert.Equal("", ArticleExtractor.FromFile(docx, "稿件.docx", null).Article!.Title);
    }

    [Fact]
    public void Field_codes_and_deleted_text_are_left_out_and_field_results_kept()
    {
        using var docx = Create((_, body) => body.Append(new Paragraph(
            Run("截至"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" DATE \\@ \"M月d日\" ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            Run("3月8日"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new DeletedRun(new Run(new DeletedText("删除的文字"))),
            new SimpleField(Run("16")) { Instruction = " NUMPAGES " },
            Run("个项目均已按节点推进。"))));

        Assert.Equal(["截至3月8日16个项目均已按节点推进。"], ArticleExtractor.FromFile(docx, "稿件.docx", null).Article!.Paragraphs);
    }
}
