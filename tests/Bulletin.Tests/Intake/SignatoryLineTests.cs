using Bulletin.Intake;

namespace Bulletin.Tests.Intake;

/// <summary>The 审签/执笔/电话 line units write in a mail body or at the end of a document.</summary>
public sealed class SignatoryLineTests
{
    [Fact]
    public void The_line_at_the_end_is_read_and_taken_out_of_the_article()
    {
        var (paragraphs, found) = SignatoryLine.Extract(["新安路街道开展环境整治。", "审签：张国强  执笔：陈静  电话：0371-68912345"]);

        Assert.Equal(["新安路街道开展环境整治。"], paragraphs);
        Assert.Equal(new Signatories("张国强", "陈静", "0371-68912345"), found);
    }

    [Fact]
    public void Variants_审核_签发人_撰稿_and_联系电话_with_ascii_colons_are_read()
    {
        Assert.Equal(new Signatories("何振东", "黄雪梅", "0371 6891 2345"),
            SignatoryLine.Extract(["签发人:何振东，撰稿：黄雪梅；联系电话：0371 6891 2345"]).Found);
        Assert.Equal("何振东", SignatoryLine.Extract(["审核：何振东"]).Found.Approver);
    }

    [Fact]
    public void A_sentence_that_mentions_a_phone_stays_in_the_article()
    {
        string[] text = ["居民可拨打服务电话：12345 反映问题，街道将及时处理。"];

        var (paragraphs, found) = SignatoryLine.Extract(text);

        Assert.Equal(text, paragraphs);
        Assert.Equal(Signatories.None, found);
    }
}
