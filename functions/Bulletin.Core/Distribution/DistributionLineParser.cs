using System.Text.RegularExpressions;

namespace Bulletin.Distribution;

/// <summary>A 送/发 line split into its items.</summary>
/// <param name="Prefix">The label the line started with (本期送, 送, 报, 发, 抄送), or null when it had none.</param>
/// <param name="Items">Each item's text as written (trimmed), in line order; messages quote it.</param>
public sealed record ParsedDistributionLine(string? Prefix, IReadOnlyList<string> Items);

/// <summary>Splits a 本期送/发 line into items: strips the label, splits on 、 and tolerates ，,；;/ and spaces.</summary>
public static partial class DistributionLineParser
{
    public static ParsedDistributionLine Parse(string? line)
    {
        var text = line ?? "";
        string? prefix = null;
        if (Label().Match(text) is { Success: true } label)
        {
            prefix = label.Groups["label"].Value;
            text = text[label.Length..];
        }
        var items = Separators().Split(text).Select(item => item.Trim()).Where(item => item.Length > 0).ToList();
        return new ParsedDistributionLine(prefix, items);
    }

    [GeneratedRegex(@"^\s*(?<label>本期送|抄送|送|报|发)\s*[：:]\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"[、，,；;/／\s]+")]
    private static partial Regex Separators();
}
