using System.ComponentModel.DataAnnotations;

namespace Bulletin.Statistics;

/// <summary>Statistics settings (section <c>Statistics</c>).</summary>
public sealed class StatisticsOptions : IValidatableObject
{
    public const string Section = "Statistics";
    public const string DefaultPoints = "adopted=2;published=1;published_lead=5;solicited_on_time=2;solicited_late=-3;solicited_missing=-5;" +
        "combined=1;upper_city=10;upper_province=20;upper_national=40;instruction_district=5;instruction_city=10;instruction_province=20;instruction_national=40";

    /// <summary>The points rule, e.g. <c>adopted=2;published=1;published_lead=5</c> (see <see cref="PointsRule"/>).</summary>
    public string Points { get; set; } = DefaultPoints;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!PointsRule.TryParse(Points, out _, out var error))
            yield return new ValidationResult(
                $"设置 Statistics:Points 有误 / Setting 'Statistics:Points' is malformed: {error}. 例 / e.g. {DefaultPoints}", [nameof(Points)]);
    }

    /// <summary>The parsed rule (validated at start, so this does not fail in the app).</summary>
    public PointsRule Rule() => PointsRule.TryParse(Points, out var rule, out var error) ? rule : throw new InvalidOperationException(error);
}
