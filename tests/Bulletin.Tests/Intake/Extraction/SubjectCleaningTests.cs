using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>Mail subjects as they arrive, and the title they give.</summary>
public class SubjectCleaningTests
{
    [Theory]
    [InlineData("【报送】区总工会点滴关爱助力疫情防控工作", "区总工会点滴关爱助力疫情防控工作")]
    [InlineData("【投稿】 新安路街道“3个+”保障重点项目有序推进", "新安路街道“3个+”保障重点项目有序推进")]
    [InlineData("[信息]区教育局开展线上教学专项督导", "区教育局开展线上教学专项督导")]
    [InlineData("转发：【报送】区总工会信息", "区总工会信息")]
    [InlineData("Fw: FW: Fwd: 区总工会信息", "区总工会信息")]
    [InlineData("Re: RE: 回复： 答复: 区总工会信息", "区总工会信息")]
    [InlineData("回复：转发：Re：【报送】[信息] 区总工会信息  ", "区总工会信息")]
    [InlineData("fwd:re:区总工会信息", "区总工会信息")]
    [InlineData("区总工会信息（第3期）", "区总工会信息（第3期）")]
    [InlineData("Report on the 【重点】 projects", "Report on the 【重点】 projects")]
    [InlineData("  ", "")]
    public void Subject_loses_its_tags_and_reply_or_forward_markers(string subject, string cleaned)
    {
        Assert.Equal(cleaned, ArticleExtractor.CleanSubject(subject));
    }
}
