using System.Text;

namespace Bulletin.LocalHost.History;

/// <summary>Writes plausible 信息 articles from a vocabulary of government-work phrases: a title, then paragraphs of sentences
/// joined by the vocabulary's patterns, 500–2,000 characters in all. Nothing is copied from a real text; the same
/// <see cref="Random"/> state gives the same article.</summary>
public static class HistoryArticleWriter
{
    /// <summary>A phrase in about one article in five: the archive search's common case.</summary>
    public const string CommonPhrase = "高质量发展";
    /// <summary>A phrase in about one article in two thousand: the archive search's rare case.</summary>
    public const string RarePhrase = "智慧停车泊位共享";

    private static readonly string[] Topics =
    [
        "疫情防控", "项目建设", "招商引资", "营商环境", "乡村振兴", "基层治理", "安全生产", "生态环境保护", "民生实事", "文明城市创建",
        "社区服务", "老旧小区改造", "防汛备汛", "就业创业", "教育惠民", "医疗卫生", "养老服务", "党史学习教育", "作风建设", "信访维稳",
        "消防安全", "垃圾分类", "河长制", "扫黑除恶", "企业服务", "科技创新", "文化惠民", "志愿服务", "网格化管理", "重点项目",
    ];
    private static readonly string[] Actions =
    [
        "扎实推进", "统筹谋划", "持续深化", "全力抓好", "精准落实", "创新开展", "高标准推进", "多措并举推动", "紧盯目标推进", "聚焦重点抓好",
    ];
    private static readonly string[] Measures =
    [
        "成立工作专班，明确责任分工", "建立台账，实行清单化管理", "每周召开调度会议，及时研究解决问题", "深入一线开展走访调研",
        "组织党员干部下沉社区", "加强部门协调联动", "开展拉网式排查", "设立服务窗口，实行一站式办理", "制定实施方案和时间表",
        "强化督导检查，压实工作责任", "组织专题培训", "广泛开展宣传发动", "引导群众积极参与", "建立长效工作机制",
        "开通绿色通道", "实行挂图作战、销号管理", "坚持问题导向和目标导向", "落实包片包户责任制",
    ];
    private static readonly string[] Results =
    [
        "取得了阶段性成效", "群众满意度明显提升", "各项指标稳步提升", "形成了可复制可推广的经验", "为全区发展提供了有力保障",
        "切实解决了一批群众急难愁盼问题", "确保了各项工作有序推进", "有效提升了工作效率", "营造了良好的社会氛围",
    ];
    private static readonly string[] Numbers = ["3", "5", "8", "12", "16", "20", "26", "35", "48", "60", "120", "260", "1200", "3500"];
    private static readonly string[] Counters = ["项", "个", "次", "户", "家", "人次", "件", "场"];
    private static readonly string[] Openers = ["今年以来，", "近日，", "近年来，", "入夏以来，", "进入四季度以来，", "为进一步做好相关工作，"];
    private static readonly string[] Headings = ["一是", "二是", "三是", "四是", "五是"];

    public static string Title(Random random, string unit) =>
        $"{unit}{Pick(random, Actions)}{Pick(random, Topics)}{(random.Next(3) == 0 ? "工作" : "")}";

    /// <summary>Paragraphs of 500–2,000 characters in all.</summary>
    public static IReadOnlyList<string> Paragraphs(Random random, string unit)
    {
        var target = random.Next(500, 2001);
        var topic = Pick(random, Topics);
        var paragraphs = new List<string>
        {
            $"{Pick(random, Openers)}{unit}坚持以人民为中心的发展思想，{Pick(random, Actions)}{topic}工作，{Pick(random, Measures)}，{Pick(random, Results)}。",
        };
        var length = paragraphs[0].Length;
        for (var i = 0; length < target - 40; i++)
        {
            var text = new StringBuilder(i < Headings.Length ? $"{Headings[i]}{Pick(random, Actions)}{Pick(random, Topics)}。" : "");
            for (var s = random.Next(2, 5); s > 0; s--)
                text.Append(Sentence(random));
            var paragraph = text.ToString();
            if (length + paragraph.Length > 2000)
                paragraph = paragraph[..Math.Max(20, 2000 - length - 1)] + "。";
            paragraphs.Add(paragraph);
            length += paragraph.Length;
        }
        return paragraphs;
    }

    private static string Sentence(Random random)
    {
        var phrase = random.Next(20) == 0 ? $"推动{CommonPhrase}，" : random.Next(4000) == 0 ? $"试点{RarePhrase}，" : "";
        return random.Next(3) switch
        {
            0 => $"{phrase}{Pick(random, Measures)}，累计开展{Pick(random, Topics)}活动{Pick(random, Numbers)}{Pick(random, Counters)}，{Pick(random, Results)}。",
            1 => $"{phrase}围绕{Pick(random, Topics)}，{Pick(random, Measures)}，{Pick(random, Measures)}。",
            _ => $"{phrase}截至目前，共{Pick(random, Measures)}，惠及群众{Pick(random, Numbers)}{Pick(random, Counters)}，{Pick(random, Results)}。",
        };
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
