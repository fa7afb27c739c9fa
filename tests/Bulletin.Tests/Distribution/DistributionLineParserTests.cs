using Bulletin.Distribution;

namespace Bulletin.Tests.Distribution;

public class DistributionLineParserTests
{
    [Theory]
    [InlineData("本期送：区县处级领导", "本期送")]
    [InlineData("送:区县处级领导", "送")]
    [InlineData("  报 ： 区县处级领导", "报")]
    [InlineData("发：区县处级领导", "发")]
    [InlineData("抄送: 区县处级领导", "抄送")]
    public void A_label_with_a_full_or_half_width_colon_is_stripped_and_kept_as_the_prefix(string line, string prefix)
    {
        var parsed = DistributionLineParser.Parse(line);

        Assert.Equal(prefix, parsed.Prefix);
        Assert.Equal(["区县处级领导"], parsed.Items);
    }

    [Fact]
    public void Items_are_split_on_the_enumeration_comma()
    {
        var parsed = DistributionLineParser.Parse("发：峡窝镇、各街道办事处、区直各单位负责同志");

        Assert.Equal(["峡窝镇", "各街道办事处", "区直各单位负责同志"], parsed.Items);
    }

    [Fact]
    public void Commas_semicolons_slashes_and_runs_of_spaces_also_separate_items_and_empties_are_dropped()
    {
        var parsed = DistributionLineParser.Parse("峡窝镇，新安路街道,区总工会；区教育局;区财政局/ 区委办公室  　矿山街道、、 ");

        Assert.Null(parsed.Prefix);
        Assert.Equal(["峡窝镇", "新安路街道", "区总工会", "区教育局", "区财政局", "区委办公室", "矿山街道"], parsed.Items);
    }

    [Fact]
    public void A_line_with_only_a_label_has_no_items()
    {
        Assert.Empty(DistributionLineParser.Parse("发：").Items);
        Assert.Empty(DistributionLineParser.Parse(null).Items);
    }
}
