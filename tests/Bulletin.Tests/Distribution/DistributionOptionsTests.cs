using System.ComponentModel.DataAnnotations;
using Bulletin.Distribution;

namespace Bulletin.Tests.Distribution;

/// <summary>The <c>Distribution:Aliases</c> setting's text form and its validation at start.</summary>
public sealed class DistributionOptionsTests
{
    [Fact]
    public void Aliases_are_read_from_the_text_form()
    {
        Assert.True(DistributionAliases.TryParse("各镇街=镇+街道办事处; 区领导＝区县处级领导", out var aliases, out var error));
        Assert.Null(error);
        Assert.True(aliases.TryGet("各镇街", out var towns));
        Assert.Equal(["镇", "街道办事处"], towns);
        Assert.True(aliases.TryGet("区领导", out var leaders));
        Assert.Equal(["区县处级领导"], leaders);
    }

    [Theory]
    [InlineData("")]
    [InlineData("各镇街=镇+街道办事处")]
    public void A_well_formed_or_empty_setting_is_valid(string value) => Assert.Empty(Validate(value));

    [Theory]
    [InlineData("各镇街")]
    [InlineData("=镇")]
    [InlineData("各镇街=镇++街道办事处")]
    [InlineData("各镇街=镇;各镇街=街道办事处")]
    [InlineData("a=b=c")]
    public void A_malformed_setting_is_refused_with_a_message_naming_it(string value)
    {
        var result = Assert.Single(Validate(value));
        Assert.StartsWith("Setting 'Distribution:Aliases' is malformed", result.ErrorMessage, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(string value)
    {
        var options = new DistributionOptions { Aliases = value };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
