using Bulletin.Issues;

namespace Bulletin.Tests.Issues;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData(1, "一")]
    [InlineData(4, "四")]
    [InlineData(9, "九")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(19, "十九")]
    [InlineData(20, "二十")]
    [InlineData(21, "二十一")]
    [InlineData(30, "三十")]
    [InlineData(45, "四十五")]
    [InlineData(90, "九十")]
    [InlineData(99, "九十九")]
    [InlineData(100, "一百")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(999, "九百九十九")]
    public void Part_numbers_are_written_as_offices_write_them(int value, string expected) =>
        Assert.Equal(expected, ChineseNumerals.Format(value));

    [Fact]
    public void Every_number_from_1_to_99_is_distinct_and_made_of_numerals_only()
    {
        var written = Enumerable.Range(1, 99).Select(ChineseNumerals.Format).ToList();

        Assert.Equal(99, written.Distinct().Count());
        Assert.All(written, w => Assert.Matches("^[一二三四五六七八九十]+$", w));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000)]
    public void Numbers_outside_1_to_999_are_refused(int value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumerals.Format(value));

    [Fact]
    public void A_series_headline_ends_with_its_part_in_full_width_parentheses() =>
        Assert.Equal("抗疫纪实（十一）", new SeriesHeadline("抗疫纪实", 11).ToString());
}
