using Bulletin.Intake.Extraction;
using Bulletin.Tests.Intake.Photos;

namespace Bulletin.Tests.Intake.Extraction;

public sealed class DocxPhotoExtractionTests
{
    [Fact]
    public void An_inline_picture_is_taken_with_its_centred_caption_which_leaves_the_text()
    {
        var docx = TestPhotos.Docx("区矿山街道建成便民服务站", "矿山街道新建的便民服务站本月投入使用，为群众提供一站式服务。", TestPhotos.Jpeg,
            "图为便民服务站内景", "服务站设有社保、民政、计生等窗口，工作日全天开放。");

        var article = ArticleExtractor.FromFile(new MemoryStream(docx), "稿件.docx", null).Article!;

        Assert.Equal("区矿山街道建成便民服务站", article.Title);
        Assert.Equal(["矿山街道新建的便民服务站本月投入使用，为群众提供一站式服务。", "服务站设有社保、民政、计生等窗口，工作日全天开放。"], article.Paragraphs);
        var photo = Assert.Single(article.Photos);
        Assert.Equal(("图为便民服务站内景", "矿山街道新建的便民服务站本月投入使用，为群众提供一站式服务。"), (photo.Caption, photo.AfterText));
        Assert.Equal(TestPhotos.Jpeg, photo.Content);
    }

    [Fact]
    public void A_long_paragraph_after_a_picture_stays_text_and_the_picture_has_no_caption()
    {
        var text = "服务站设有社保、民政、计生等窗口，工作日全天开放，周末安排值班人员，方便上班族办理业务，群众反映良好，办事时间平均缩短一半。";
        using var stream = DocxDocuments.Create((main, body) =>
        {
            body.Append(DocxDocuments.Paragraph(DocxDocuments.Run("第一段正文，介绍便民服务站的建设情况和投入使用后的效果，内容较长，不是标题。")));
            body.Append([.. Bulletin.Issues.DocxPhotos.Photo(main, new Bulletin.Intake.ArticlePhoto("p", "image/jpeg", 320, 240, 1, "", 1) { Content = BinaryData.FromBytes(TestPhotos.Jpeg) })]);
            body.Append(DocxDocuments.Paragraph(DocxDocuments.Run(text)));
        });

        var article = ArticleExtractor.FromFile(stream, "稿件.docx", null).Article!;

        Assert.Contains(text, article.Paragraphs);
        Assert.Equal("", Assert.Single(article.Photos).Caption);
    }
}
