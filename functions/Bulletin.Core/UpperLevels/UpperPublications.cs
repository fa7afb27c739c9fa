using Bulletin.Statistics;

namespace Bulletin.UpperLevels;

/// <summary>Reads the configured upper-level bulletins (<c>name=level</c> pairs separated by <c>;</c>).</summary>
public static class UpperPublications
{
    public static bool TryParse(string? text, out IReadOnlyDictionary<string, string> levels, out string? error)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        levels = found;
        error = null;
        foreach (var part in (text ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0 || !UpperLevelTerms.AdoptionLevels.Any(l => l.Level == pair[1]))
            {
                error = $"“{part}”应写成“刊物=级别”，级别为市、省或国家 / '{part}' must read publication=level (市, 省 or 国家)";
                return false;
            }
            found[pair[0]] = pair[1];
        }
        return true;
    }
}
