using Bulletin.Statistics;

namespace Bulletin.Tests.Statistics;

public sealed class PointsRuleTests
{
    [Fact]
    public void Points_are_the_sum_of_each_named_terms_count_times_its_weight()
    {
        Assert.True(PointsRule.TryParse(" adopted = 2 ; published_lead=5；rejected=-0.5;", out var rule, out var error), error);

        var points = rule.Apply(new Dictionary<string, int> { ["adopted"] = 3, ["published_lead"] = 1, ["rejected"] = 4, ["submitted"] = 10 });

        Assert.Equal(3 * 2 + 5 - 2m, points);
        Assert.Equal("采用数×2，头条数×5，不采用×-0.5", rule.Describe());
    }

    [Theory]
    [InlineData("adopted", "应写成“名称=分值”")]
    [InlineData("adopted=2;leads=5", "没有名为“leads”的计分项")]
    [InlineData("adopted=two", "不是数字")]
    [InlineData("adopted=2;adopted=3", "写了两次")]
    public void A_malformed_rule_is_refused_with_what_to_fix(string text, string expected)
    {
        Assert.False(PointsRule.TryParse(text, out _, out var error));
        Assert.Contains(expected, error);
    }

    [Fact]
    public void The_setting_is_checked_at_start_with_a_message_naming_it_and_the_known_terms()
    {
        var options = new StatisticsOptions { Points = "adopted=2;lead=5" };

        var problem = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));

        Assert.Contains("Statistics:Points", problem.ErrorMessage);
        Assert.Contains("published_lead", problem.ErrorMessage);
    }

    [Fact]
    public void An_empty_rule_gives_no_points()
    {
        Assert.True(PointsRule.TryParse("", out var rule, out _));
        Assert.Equal(0, rule.Apply(new Dictionary<string, int> { ["adopted"] = 3 }));
    }
}
