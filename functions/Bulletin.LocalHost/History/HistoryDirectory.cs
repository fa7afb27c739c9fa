using System.Text;
using Bulletin.Directory.Import;

namespace Bulletin.LocalHost.History;

/// <summary>The directory (通讯录) of 上街区 after years of use: the demo directory's people (editors, 签发人, leaders) and
/// units, grown to 60 units, each with several 负责同志 (so an issue's 发 line reaches about 500 people) and 信息员 up to the
/// asked number of people. Imported through <c>POST /api/directory/import</c> as an office would.</summary>
public sealed record HistoryDirectory(IReadOnlyList<HistoryUnit> Units, string Csv, int People)
{
    public const int UnitCount = 60;
    private const int ResponsiblePerUnit = 9;

    private static readonly string[] MoreUnits =
    [
        "区委组织部", "区委宣传部", "区委统战部", "区委政法委", "区纪委监委", "区人大常委会办公室", "区政协办公室", "区公安分局", "区民政局",
        "区司法局", "区人力资源和社会保障局", "区自然资源局", "区生态环境分局", "区交通运输局", "区农业农村局", "区水利局", "区商务局",
        "区文化广电和旅游局", "区退役军人事务局", "区应急管理局", "区审计局", "区市场监督管理局", "区统计局", "区医疗保障局",
        "区城市管理局", "区信访局", "区科技工业和信息化局", "团区委", "区妇联", "区工商联", "区科协", "区残联", "区税务局",
        "区人民法院", "区人民检察院", "区融媒体中心", "区档案馆", "区机关事务服务中心", "区供销社", "区红十字会", "区林业局",
        "区体育中心", "区行政审批服务局", "区国有资产管理中心", "区投资促进中心", "区委党校", "区委巡察办",
    ];

    public static HistoryDirectory Build(int people)
    {
        using var demo = new StreamReader(DemoDirectory.Open(), Encoding.UTF8);
        var demoLines = demo.ReadToEnd().Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart('\uFEFF')).ToList();
        var header = demoLines[0];
        var demoRows = demoLines.Skip(1).Select(l => l.Split(',')).ToList();
        // The demo's units keep their 信息员 (the first person of a unit with a category), the others get generated ones.
        var units = demoRows.Where(r => r[1].Length > 0).Select(r => new HistoryUnit(r[0], r[1], r[3], r[2])).ToList();
        units.AddRange(MoreUnits.Take(UnitCount - units.Count).Select((name, i) =>
            new HistoryUnit(name, "区直单位", $"u{i + 20:D2}.xinxi@example.org", $"信息员{i + 20:D2}")));

        var rows = new List<string>(demoRows.Select(r => string.Join(',', r)));
        rows.AddRange(units.Skip(demoRows.Count(r => r[1].Length > 0)).Select(u => $"{u.Name},{u.Category},{u.SubmitterName},{u.SubmitterEmail},信息员,"));
        for (var u = 0; u < units.Count; u++)
            for (var k = 1; k < ResponsiblePerUnit; k++)
                rows.Add($"{units[u].Name},,负责同志{u:D2}-{k},u{u:D2}.fuze{k}@example.org,负责同志,");
        for (var i = 0; rows.Count < people; i++)
            rows.Add($"{units[i % units.Count].Name},,信息员{i:D4},staff{i:D4}@example.org,信息员,");
        return new HistoryDirectory(units, "\uFEFF" + header + "\r\n" + string.Join("\r\n", rows) + "\r\n", rows.Count);
    }
}

/// <summary>A unit and the 信息员 who mails its articles in the history.</summary>
public sealed record HistoryUnit(string Name, string Category, string SubmitterEmail, string SubmitterName);
