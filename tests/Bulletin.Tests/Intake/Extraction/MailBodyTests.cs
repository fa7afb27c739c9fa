using Bulletin.Intake.Extraction;
using static Bulletin.Tests.Intake.Extraction.ExtractionFiles;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Mail bodies with what mail clients add around the article: signatures, quoted replies, HTML.</summary>
public class MailBodyTests
{
    [Fact]
    public void Signature_and_quoted_original_below_the_article_are_dropped()
    {
        var extraction = ArticleExtractor.FromMailText(File.ReadAllText(PathOf("mail-reply-and-signature.txt")));

        ExtractionAssert.Article(new ExtractedArticle("区教育局开展线上教学专项督导",
        [
            "近日，区教育局组织专班对全区中小学线上教学开展专项督导，督导组采取“听、看、查、访”方式，逐校检查课表落实情况。",
            "下一步，区教育局将持续跟踪督导，确保“停课不停学”落到实处。（区教育局）",
        ]), extraction);
    }

    [Fact]
    public void Quoted_lines_and_everything_from_sent_from_my_iPhone_on_are_dropped()
    {
        var extraction = ArticleExtractor.FromMailText(File.ReadAllText(PathOf("mail-iphone-interleaved-quote.txt")));

        ExtractionAssert.Article(new ExtractedArticle("新安路街道为辖区企业发放口罩",
            ["近日，新安路街道为辖区重点企业发放口罩2000只、消毒液100箱，保障企业安全复工。（新安路街道）"]), extraction);
    }

    [Fact]
    public void Bare_forward_gives_the_forwarded_article_without_its_header_lines()
    {
        var extraction = ArticleExtractor.FromMailText(File.ReadAllText(PathOf("mail-forward-only.txt")));

        ExtractionAssert.Article(new ExtractedArticle("区总工会为一线职工送去慰问品",
            ["近日，区总工会走访慰问奋战在疫情防控一线的职工，送去慰问品200份。（区总工会）"]), extraction);
    }

    [Fact]
    public void Html_body_is_sanitized_so_scripts_and_handlers_leave_no_text()
    {
        var extraction = ArticleExtractor.FromMailHtml(File.ReadAllText(PathOf("mail-body-with-script.html")));

        ExtractionAssert.Article(new ExtractedArticle("区总工会点滴关爱助力疫情防控工作",
        [
            "自抗击疫情工作开展以来，区总工会积极发挥工会组织的重要作用，推出了一系列关心关爱广大职工的举措。",
            "一是专项资金支持“疫”线防控。详见公众号",
        ]), extraction);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n-- \r\n王老师\r\n")]
    [InlineData("<html><body><script>alert(1)</script></body></html>")]
    public void Body_with_no_text_of_its_own_is_refused(string body)
    {
        var extraction = body.StartsWith('<') ? ArticleExtractor.FromMailHtml(body) : ArticleExtractor.FromMailText(body);

        ExtractionAssert.Refused(extraction, "邮件正文中没有文字");
    }
}
