using Bulletin.Directory;

namespace Bulletin.Distribution;

/// <summary>The Chinese messages editors read before sending: each names the item and says what to do.</summary>
internal static class DistributionMessages
{
    public static string Unknown(string item) =>
        $"「{item}」在通讯录中找不到对应的单位、类别或分组。请检查写法是否有误，或先在通讯录中添加它（或在别名设置中定义它）。";

    public static string UnitWithoutRole(string unit, DirectoryRole role) =>
        $"{unit}没有登记{role.ChineseName()}，这一项送不到任何人。请在通讯录中为{unit}登记{role.ChineseName()}，或从送/发行中删去这一项。";

    public static string CategoryUnitWithoutRole(string item, string unit, DirectoryRole role) =>
        $"「{item}」中的{unit}没有登记{role.ChineseName()}。请在通讯录中为{unit}登记{role.ChineseName()}，或改为逐个列出要送的单位。";

    public static string EmptyCategory(string item, string category) =>
        $"「{item}」送不到任何人：通讯录中没有类别为「{category}」的单位。请检查写法，或在通讯录中登记这一类别的单位。";

    public static string EmptyAlias(string alias) =>
        $"别名「{alias}」没有包含任何项，送不到任何人。请在别名设置中补全它。";

    public static string InAlias(string alias, string problem) => $"别名「{alias}」中的{problem}";

    public static string AliasCycle(IEnumerable<string> path) =>
        $"别名循环引用：{string.Join(" → ", path)}。请修改别名设置，让别名不再引用自己。";

    public static string Ambiguous(string item, IEnumerable<string> readings) =>
        $"「{item}」有多种理解，送达的人不同：{string.Join("；", readings)}。请改写得更明确（例如写成“单位名+负责同志”），或调整通讯录或别名设置。";

    public static string NoItems() => "送/发行没有填写任何一项，本期送不到任何人。请填写本期送或发行。";
}
