using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public class IssueTextTests
{
    [Fact]
    public void The_date_is_written_with_year_month_and_day_and_no_spaces() =>
        Assert.Equal("2020年3月8日", IssueText.Date(new DateOnly(2020, 3, 8)));

    [Fact]
    public void The_number_line_shows_the_running_total_when_one_is_kept() =>
        Assert.Equal("第20期（总第368期）", IssueText.NumberLine(SeedIssue.Model() with { TotalNumber = 368 }));

    [Fact]
    public void The_footer_lines_read_like_the_seed()
    {
        var issue = SeedIssue.Model();

        Assert.Equal("本期送：区县处级领导", IssueText.SentUpToLine(issue));
        Assert.Equal("发：峡窝镇、各街道办事处、区直各单位负责同志", IssueText.IssuedToLine(issue));
        Assert.Equal("责任编辑：郝婕 李德昭", IssueText.EditorsLine(issue));
    }
}
