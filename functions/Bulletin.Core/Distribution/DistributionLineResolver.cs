using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>Resolves one 本期送/发 line into the people each item reaches, or the problem that blocks it. Pure.
/// Precedence of readings: a unit by exact name (+ role word), a category with 各 (+ role word), a named group,
/// a configured alias. An item matching several readings is ambiguous only when they reach different people.</summary>
public static class DistributionLineResolver
{
    public static DistributionLineResolution Resolve(string line, DirectorySnapshot directory, DistributionAliases aliases) =>
        Resolve(line, new DistributionItemResolver(directory, aliases));

    internal static DistributionLineResolution Resolve(string line, DistributionItemResolver resolver)
    {
        var parsed = DistributionLineParser.Parse(line);
        return new DistributionLineResolution(line, parsed.Prefix, [.. parsed.Items.Select(resolver.Resolve)]);
    }
}
