using System.ComponentModel.DataAnnotations;

namespace Bulletin.Issues;

/// <summary>What every issue prints unless the editor changes it (section <c>Bulletin</c>).</summary>
public sealed class BulletinOptions
{
    public const string Section = "Bulletin";

    /// <summary>The masthead title (报头), e.g. 上街信息.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:Name' is required: the bulletin's masthead title, e.g. 上街信息.")]
    [MaxLength(40, ErrorMessage = "Setting 'Bulletin:Name' must be at most 40 characters long.")]
    public string Name { get; set; } = "";

    /// <summary>The issuing office (编印单位), e.g. 中共上街区委办公室.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:Office' is required: the issuing office, e.g. 中共上街区委办公室.")]
    public string Office { get; set; } = "";

    /// <summary>The 本期送 line a new issue starts with.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:DefaultSentTo' is required: the default 本期送 line of an issue.")]
    public string DefaultSentTo { get; set; } = "";

    /// <summary>The 发 line a new issue starts with.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:DefaultIssuedTo' is required: the default 发 line of an issue.")]
    public string DefaultIssuedTo { get; set; } = "";

    /// <summary>The 签发人's address: the preview mail with the signed 签发 link goes here, and only a link made out to this
    /// address signs off.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:SignOffAddress' is required: the e-mail address of the person who signs issues off (签发人).")]
    [EmailAddress(ErrorMessage = "Setting 'Bulletin:SignOffAddress' must be an e-mail address.")]
    public string SignOffAddress { get; set; } = "";

    /// <summary>How a 综合稿 (an article combined from several units' submissions) names its units at its end, <c>{units}</c>
    /// standing for them joined by 、.</summary>
    [RegularExpression(@".*\{units\}.*", ErrorMessage = "Setting 'Bulletin:CombinedUnitLine' must contain {units}, e.g. 根据{units}报送信息综合.")]
    public string CombinedUnitLine { get; set; } = "根据{units}报送信息综合";

    /// <summary>The 签发人's name, as the preview mail addresses them.</summary>
    [Required(ErrorMessage = "Setting 'Bulletin:SignOffName' is required: the name of the person who signs issues off (签发人).")]
    public string SignOffName { get; set; } = "";
}
