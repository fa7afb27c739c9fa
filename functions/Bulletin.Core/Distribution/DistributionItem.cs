using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>How an item of a 送/发 line was understood.</summary>
public enum DistributionItemKind
{
    /// <summary>One unit by its exact name, optionally followed by a role word (区委办公室领导).</summary>
    Unit,
    /// <summary>Every unit of a category, written with 各 (各街道办事处, 区直各单位负责同志).</summary>
    Category,
    /// <summary>A named group of people (区县处级领导).</summary>
    Group,
    /// <summary>A configured alias standing for other items (各镇街).</summary>
    Alias,
    /// <summary>Nothing in the directory or the aliases matches it.</summary>
    Unknown,
    /// <summary>It matches in several ways that reach different people.</summary>
    Ambiguous,
}

/// <summary>One item of a 送/发 line and whom it reaches; any problem blocks sending.</summary>
/// <param name="Text">The item as written on the line.</param>
/// <param name="Description">What it was understood as, in words for the editor (峡窝镇的负责同志).</param>
/// <param name="People">Everyone it reaches, once each, in directory order.</param>
/// <param name="Problems">Why it cannot be sent as it is, in words naming the item; empty when it is fine.</param>
public sealed record DistributionItem(
    string Text, DistributionItemKind Kind, string Description, IReadOnlyList<DirectoryPerson> People, IReadOnlyList<string> Problems)
{
    public int Count => People.Count;

    /// <summary>The units the item names (a unit, a category's members, an alias's units), in directory order; empty for a group of people.</summary>
    public IReadOnlyList<string> Units { get; init; } = [];
}

/// <summary>A 送/发 line with each of its items resolved against the directory.</summary>
public sealed record DistributionLineResolution(string Line, string? Prefix, IReadOnlyList<DistributionItem> Items);
