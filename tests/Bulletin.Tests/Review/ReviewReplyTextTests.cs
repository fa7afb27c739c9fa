using Bulletin.Review;

namespace Bulletin.Tests.Review;

public sealed class ReviewReplyTextTests
{
    [Theory]
    [InlineData("采用", ReviewChoice.Adopt, null)]
    [InlineData("  采用 \n\n谢谢", ReviewChoice.Adopt, "谢谢")]
    [InlineData("退回：请补充数据", ReviewChoice.Revise, "请补充数据")]
    [InlineData("退回: 请补充数据", ReviewChoice.Revise, "请补充数据")]
    [InlineData("退回修改\n请补充具体数据\n并附照片", ReviewChoice.Revise, "请补充具体数据\n并附照片")]
    [InlineData("退回修改：标题太长", ReviewChoice.Revise, "标题太长")]
    [InlineData("不采用\n内容与上期重复", ReviewChoice.Reject, "内容与上期重复")]
    [InlineData("\uFEFF不采用，内容与上期重复", ReviewChoice.Reject, "内容与上期重复")]
    [InlineData("\n\n　不采用　内容与上期重复", ReviewChoice.Reject, "内容与上期重复")]
    public void The_first_line_names_the_choice_and_the_rest_is_the_reason(string text, ReviewChoice choice, string? reason)
    {
        var said = ReviewReplyText.Read(text, null);

        Assert.Equal((choice, reason), (said.Choice, said.Reason));
    }

    [Theory]
    [InlineData("不采用\n内容与上期重复\n\n> 原邮件\n> 采用：http://localhost/api/review", "内容与上期重复")]
    [InlineData("不采用\n内容与上期重复\n\n-----原始邮件-----\n发件人：上街信息\n采用", "内容与上期重复")]
    [InlineData("不采用\n内容与上期重复\n在 2026年11月25日，上街信息 写道：\n> 新稿件待审核", "内容与上期重复")]
    [InlineData("不采用\n内容与上期重复\n--\n郝杰\n区委办公室", "内容与上期重复")]
    [InlineData("不采用\n内容与上期重复\n\n发自我的iPhone", "内容与上期重复")]
    public void Quoted_text_and_signatures_are_not_part_of_the_reason(string text, string reason)
    {
        Assert.Equal(reason, ReviewReplyText.Read(text, null).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("好的，我看看")]
    [InlineData("同意采用")]
    [InlineData("> 采用\n> 原邮件")]
    [InlineData("-----原始邮件-----\n发件人：上街信息\n采用：http://localhost/api/review")]
    public void A_reply_that_does_not_start_with_a_choice_is_not_understood(string text)
    {
        Assert.Null(ReviewReplyText.Read(text, null).Choice);
    }

    [Fact]
    public void The_html_body_is_read_when_there_is_no_text_and_its_quote_is_ignored()
    {
        var said = ReviewReplyText.Read(null, "<div>退回修改</div><div>请补充数据</div><blockquote><div>采用</div></blockquote>");

        Assert.Equal((ReviewChoice.Revise, "请补充数据"), (said.Choice, said.Reason));
    }

    [Theory]
    [InlineData("review+abcdefghijkmnpqr@parse.example.org", "abcdefghijkmnpqr")]
    [InlineData("Review+ABCDEFGHIJKMNPQR@Parse.Example.org", "abcdefghijkmnpqr")]
    [InlineData("tougao@parse.example.org", null)]
    [InlineData("review+abcdefghijkmnpqr@other.example.org", null)]
    public void The_reply_id_is_read_from_a_plus_address_on_the_reply_domain_only(string address, string? replyId)
    {
        Assert.Equal(replyId, ReviewReplyAddress.ReplyIdIn(["tougao@parse.example.org", address], "parse.example.org"));
    }

    [Fact]
    public void A_reply_address_fits_the_64_character_local_part_limit()
    {
        Assert.True(ReviewReplyAddress.Of("abcdefghijkmnpqr", "parse.example.org").Split('@')[0].Length <= 64);
    }
}
