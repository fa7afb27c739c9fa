using Bulletin.Review;

namespace Bulletin.Tests.Review;

public sealed class ResubmissionTests
{
    [Theory]
    [InlineData("Re: 【请修改后重新报送】《新安路街道信息》（编号 20261125-K7Q2M9）", "20261125-K7Q2M9")]
    [InlineData("回复：【请修改后重新报送】《标题》（编号：20261125-K7Q2M9）", "20261125-K7Q2M9")]
    [InlineData("修改稿 编号20261125-K7Q2M9", "20261125-K7Q2M9")]
    [InlineData("【报送】新安路街道信息", null)]
    [InlineData("编号 20261125-K7Q2M0", null)] // 0 is not in the tracking-number alphabet
    public void The_tracking_number_is_read_from_the_subject_after_编号(string subject, string? number)
    {
        Assert.Equal(number, ResubmissionFinder.NumberIn(subject));
    }
}
