using Bulletin.Directory;
using Bulletin.Distribution;

namespace Bulletin.Solicitations;

/// <summary>One addressed unit and the responsible persons (负责同志) its solicitation mail goes to.</summary>
public sealed record SolicitationAddressee(string Unit, IReadOnlyList<DirectoryPerson> Responsible);

/// <summary>What a solicitation's units line resolves to: each item as read, the units (once each, in line order),
/// and every problem; nothing is created while a problem remains.</summary>
public sealed record SolicitationAddressing(IReadOnlyList<DistributionItem> Items, IReadOnlyList<SolicitationAddressee> Units, IReadOnlyList<string> Problems)
{
    public bool CanSend => Problems.Count == 0;

    /// <summary>Reads the line with the 送/发 item syntax (units, 各 + category, aliases) into units; a group of people
    /// names no unit and is refused, and every unit needs a 负责同志 to mail.</summary>
    public static SolicitationAddressing Resolve(string? line, DirectorySnapshot directory, DistributionAliases aliases)
    {
        var items = DistributionLineResolver.Resolve(line ?? "", directory, aliases).Items;
        var problems = items.SelectMany(i => i.Problems).ToList();
        problems.AddRange(items.Where(i => i.Problems.Count == 0 && i.Units.Count == 0).Select(i =>
            $"「{i.Text}」是人员分组，不是单位，不能约稿。请写单位名称或类别，例如：各街道办事处、区总工会。"));
        var units = items.SelectMany(i => i.Units).Distinct(StringComparer.Ordinal)
            .Select(u => new SolicitationAddressee(u, [.. directory.People.Where(p => p.Unit == u && p.Roles.Contains(DirectoryRole.Responsible))]))
            .ToList();
        problems.AddRange(units.Where(u => u.Responsible.Count == 0).Select(u =>
            $"{u.Unit}没有登记负责同志，收不到约稿通知。请先在通讯录中为{u.Unit}登记负责同志，或从约稿对象中删去它。"));
        if (items.Count == 0)
            problems.Add("请填写约稿对象，例如：各街道办事处、区总工会（多个之间用顿号“、”隔开）。");
        return new SolicitationAddressing(items, units, [.. problems.Distinct()]);
    }
}
