using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bulletin.Statistics;

namespace Bulletin.UpperLevels;

/// <summary>Checks what a caller gives for an adoption or instruction and says in Chinese what to change.</summary>
public static class UpperRecordRules
{
    /// <param name="source">The publication (adoption) or the leader (instruction).</param>
    /// <param name="publications">The configured publications and their levels: a known one may leave the level out.</param>
    public static bool TryRead(UpperRecordKind kind, string? source, string? level, string? issue, string? date, string? text,
        IReadOnlyDictionary<string, string> publications, out UpperRecordDraft draft, out string? error)
    {
        draft = null!;
        source = source?.Trim() ?? "";
        level = level?.Trim() ?? "";
        var adoption = kind == UpperRecordKind.Adoption;
        var levels = adoption ? UpperLevelTerms.AdoptionLevels : UpperLevelTerms.InstructionLevels;
        var levelNames = string.Join("、", levels.Select(l => l.Level));
        if (source.Length == 0)
            error = adoption ? "请填写采用刊物（publication），例如《郑州信息》。" : "请填写批示领导（leader），例如“市委副书记王某某”。";
        else if (adoption && level.Length == 0 && !publications.ContainsKey(source))
            error = $"刊物“{source}”不在已设置的上级刊物中，请同时填写级别（level）：{levelNames}。";
        else if (level.Length > 0 && !levels.Any(l => l.Level == level))
            error = $"级别“{level}”无效，请填写{levelNames}之一。";
        else if (adoption && level.Length > 0 && publications.TryGetValue(source, out var known) && known != level)
            error = $"刊物“{source}”已设置为{known}级，级别（level）请填写“{known}”或不填。";
        else if (!DateOnly.TryParseExact(date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            error = "请填写日期（date），格式如 2026-12-01。";
        else if (!adoption && string.IsNullOrWhiteSpace(text))
            error = "请填写批示内容（text）。";
        else
        {
            error = null;
            draft = new UpperRecordDraft(kind, source, level.Length > 0 ? level : publications[source],
                adoption ? issue?.Trim() ?? "" : null, day, adoption ? null : text!.Trim());
            return true;
        }
        return false;
    }

    /// <summary>The id of a record first made from <paramref name="draft"/>: the same fields give the same id.</summary>
    public static string IdOf(UpperRecordDraft draft)
    {
        var key = string.Join('\u001f', draft.Kind, draft.Source, draft.Level, draft.Issue, draft.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), draft.Text);
        return (draft.Kind == UpperRecordKind.Adoption ? "a-" : "i-") + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    /// <summary>A one-line description for audit entries and pages: 《郑州信息》（市级）2026年第12期 2026-12-01.</summary>
    public static string Describe(UpperRecordDraft d) => d.Kind == UpperRecordKind.Adoption
        ? $"{d.Source}（{d.Level}级）{d.Issue} {d.Date:yyyy-MM-dd}"
        : $"{d.Source}（{d.Level}级）{d.Date:yyyy-MM-dd}：{d.Text}";
}
