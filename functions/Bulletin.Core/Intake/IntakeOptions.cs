namespace Bulletin.Intake;

/// <summary>Intake settings (section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Intake";

    /// <summary>Whether an upload must name 审签人, 执笔人 and 联系电话 (in fields or a line of the text); off by default.</summary>
    public bool RequireSignatories { get; set; }
}
