using System.ComponentModel.DataAnnotations;

namespace Bulletin.UpperLevels;

/// <summary>Upper-level settings (section <c>UpperLevels</c>).</summary>
public sealed class UpperLevelOptions : IValidatableObject
{
    public const string Section = "UpperLevels";
    public const string DefaultPublications = "《郑州信息》=市;《河南信息》=省;国办《昨日要情》=国家";

    /// <summary>The upper-level bulletins known by name, each with its level: <c>《郑州信息》=市;《河南信息》=省</c>.</summary>
    public string Publications { get; set; } = DefaultPublications;

    /// <summary>How long the 落实情况 link in a 批示 mail works.</summary>
    [Range(1, 365)]
    public int AnswerLinkDays { get; set; } = 60;

    /// <summary>After how many days without a 落实情况 answer the unit is reminded (once); 0: at the next daily run.</summary>
    [Range(0, 365)]
    public int ReminderAfterDays { get; set; } = 7;

    public const string DefaultOffices = "郑州市委办公室信息科=市=xinxi@zz.example.org;河南省委办公厅信息处=省=xinxi@ha.example.org";

    /// <summary>Offices items are forwarded to (上报): <c>name=level=address</c> separated by <c>;</c>.</summary>
    public string Offices { get; set; } = DefaultOffices;

    public IReadOnlyList<Forwarding.UpperOffice> UpperOffices() =>
        Forwarding.UpperOffice.TryParse(Offices, out var offices, out var error) ? offices : throw new InvalidOperationException(error);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Forwarding.UpperOffice.TryParse(Offices, out _, out var officesError))
            yield return new ValidationResult(
                $"设置 UpperLevels:Offices 有误 / Setting 'UpperLevels:Offices' is malformed: {officesError}. 例 / e.g. {DefaultOffices}", [nameof(Offices)]);
        if (!UpperPublications.TryParse(Publications, out _, out var error))
            yield return new ValidationResult(
                $"设置 UpperLevels:Publications 有误 / Setting 'UpperLevels:Publications' is malformed: {error}. 例 / e.g. {DefaultPublications}", [nameof(Publications)]);
    }

    public IReadOnlyDictionary<string, string> PublicationLevels() =>
        UpperPublications.TryParse(Publications, out var levels, out var error) ? levels : throw new InvalidOperationException(error);
}
