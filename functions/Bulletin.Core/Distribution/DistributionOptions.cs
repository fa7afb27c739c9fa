using System.ComponentModel.DataAnnotations;

namespace Bulletin.Distribution;

/// <summary>Distribution settings (section <c>Distribution</c>).</summary>
public sealed class DistributionOptions : IValidatableObject
{
    public const string Section = "Distribution";

    /// <summary>Aliases editors may write on a 送/发 line, e.g. <c>各镇街=镇+街道办事处;区领导=区县处级领导</c>; empty for none.</summary>
    public string Aliases { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DistributionAliases.TryParse(Aliases, out _, out var error))
            yield return new ValidationResult(
                $"Setting 'Distribution:Aliases' is malformed: {error}. Expected e.g. 各镇街=镇+街道办事处;区领导=区县处级领导.", [nameof(Aliases)]);
    }

    /// <summary>The parsed aliases (the options are validated at start, so this does not fail in the app).</summary>
    public DistributionAliases ParsedAliases() =>
        DistributionAliases.TryParse(Aliases, out var aliases, out var error) ? aliases : throw new InvalidOperationException(error);
}
