using System.Globalization;
using Bulletin.Issues.Markings;
using Bulletin.Markup;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues.Markings;

/// <summary>The print markings' fields of the series form and the draft edit form, as typed. The form shows every value, so an
/// empty field removes it (no classification, no 保密期限, no 共印N份); <see cref="Problem"/> names a number that is not one.</summary>
internal sealed record MarkingsFields(string Classification, string SecrecyPeriod, bool InternalOnly, string Copies, string CopyNumber)
{
    public static readonly MarkingsFields Empty = new("", "", false, "", "");

    public static MarkingsFields Of(PrintMarkings m) => new(m.Classification ?? "", m.SecrecyPeriod ?? "", m.InternalOnly,
        m.Copies is { } copies ? Invariant(copies) : "", m.IsClassified && m.CopyNumber is { } number ? Invariant(number) : "");

    public static MarkingsFields Read(IFormCollection f) => new(f["classification"].ToString().Trim(), f["secrecyPeriod"].ToString().Trim(),
        f["internalOnly"].Count > 0, f["copies"].ToString().Trim(), f["copyNumber"].ToString().Trim());

    public string? Problem => (Copies.Length > 0 && Int(Copies) is null) || (CopyNumber.Length > 0 && Int(CopyNumber) is null)
        ? "印数（共印几份）和份号须是数字；不印就留空。" : null;

    public MarkingsChange ToChange() => new(Classification.Length == 0 ? MarkingsChange.Nothing : Classification, SecrecyPeriod, InternalOnly,
        Int(Copies) ?? 0, Int(CopyNumber));

    /// <summary>The fields; 份号 only on an issue's form (a series has none).</summary>
    public Html Render(bool withCopyNumber) => Html.Of(
        $"<fieldset id=\"markings\"><legend>标注（GB/T 9704：密级和保密期限或“内部资料 注意保存”印在左上角，共印份数印在版记）</legend>" +
        $"<label for=\"classification\">密级</label><select id=\"classification\" name=\"classification\">" +
        $"{new[] { "" }.Concat(PrintMarkings.Levels).Select(l => Html.Of($"<option value=\"{l}\"{(l == Classification ? " selected" : "")}>{(l.Length == 0 ? "无" : l)}</option>"))}</select>" +
        $"<label for=\"secrecyPeriod\">保密期限（如 1年，印作“秘密★1年”；不定密级时留空）</label>" +
        $"<input id=\"secrecyPeriod\" name=\"secrecyPeriod\" maxlength=\"{PrintMarkings.MaxSecrecyPeriodLength}\" value=\"{SecrecyPeriod}\">" +
        $"{(withCopyNumber ? Html.Of($"<label for=\"copyNumber\">份号（涉密时印作 6 位，如 000123；留空为 000001）</label><input id=\"copyNumber\" name=\"copyNumber\" inputmode=\"numeric\" value=\"{CopyNumber}\">") : Html.Empty)}" +
        $"<label style=\"font-weight:400\"><input type=\"checkbox\" name=\"internalOnly\" value=\"1\" style=\"width:auto\"{(InternalOnly ? " checked" : "")}> 内部资料 注意保存（不定密级时印在左上角）</label>" +
        $"<label for=\"copies\">共印几份（印在版记末行右侧；留空不印）</label><input id=\"copies\" name=\"copies\" inputmode=\"numeric\" value=\"{Copies}\"></fieldset>");

    private static int? Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
