using System.Text;
using Bulletin.Issues;

namespace Bulletin.Benchmarks.Issues;

/// <summary>An issue of ten articles, about 15,000 characters, built the same way every run (fixed seed) from sentences
/// as the district's units write them: work in numbered points, figures, quoted slogans, a unit at the end.</summary>
internal static class TenArticleIssue
{
    private static readonly string[] Units =
        ["新安路街道", "区总工会", "济源路街道", "中心路街道", "工业路街道", "矿山街道", "峡窝镇", "区教育局", "区委办公室", "区政府办公室"];

    private static readonly string[] Topics =
        ["“3个+”保障重点项目有序推进", "点滴关爱助力疫情防控工作", "多措并举推进老旧小区改造", "“党建+网格”提升基层治理水平", "线上“春风行动”搭建供需桥梁",
         "扎实开展安全生产大检查", "做好春季农业生产和防汛准备", "精心组织秋季开学各项工作", "强化督查督办确保工作落实", "优化营商环境助力企业复工复产"];

    private static readonly string[] Points = ["一是", "二是", "三是", "四是", "五是", "六是"];

    private static readonly string[] Clauses =
    [
        "围绕“服务中铝、打造陆港、产城融合、和谐发展”的工作思路", "建立党员干部、机关科室、党员专班“三包一”负责制", "通过“驻企驻地式”指导为项目建设提供“一站式”全链条服务",
        "及时传达省市区相关政策，落实政策导向", "做到有问必答，有需必应，有难必解", "实行“日报告、周研判”制度，根据实际进程给予具体指导意见",
        "收集防疫物资储备不足、原料供应不足、用工难等问题", "通过一事一议、一项一策打通影响项目建设推进的瓶颈和障碍", "积极协调职能部门、金融机构等开展“红色帮办代办”惠企专项行动",
        "在出入卡点、场区园区、食堂宿舍等重点部位设立“党员责任岗”", "每日“照表对单式”逐项逐条检查", "实现企业自查和街道督查“双监督”",
        "共计录入企业信息119家，近3000余个就业岗位", "采取线上联系、视频面试等方式，复工后直接上岗", "对符合条件的企业返岗职工每人补贴50元现金",
        "将名额向疫情防控阻击战中作出突出贡献的一线职工倾斜", "为全区已办理工会会员卡的在职职工购买了“普惠重疾”互助保险", "合理安排孕期、哺乳期女职工居家远程办公",
        "组织志愿者清理卫生死角二十余处、清运垃圾12吨", "对辖区32个老旧小区逐一摸底建档", "召开专题推进会议6次，解决实际问题18个", "开展入户走访1200余户，发放宣传资料5000余份",
    ];

    private static readonly string[] Closings =
        ["确保各项工作落到实处。", "取得了良好的社会效果。", "受到群众广泛好评。", "为全区经济社会发展提供了有力保障。", "切实提高了服务群众的能力和水平。"];

    public static BulletinIssue Build()
    {
        var random = new Random(20200308);
        var articles = Enumerable.Range(0, 10).Select(i => new IssueArticle(
            $"{Units[i]}{Topics[i]}", Paragraphs(random, Units[i], targetCharacters: 1_450), Units[i])).ToList();
        return new BulletinIssue("上街信息", 21, 369, "中共上街区委办公室", new DateOnly(2020, 3, 15),
            new SeriesHeadline("精准服务 主动作为 夺取疫情防控和经济社会发展“双胜利”", 5), articles,
            "区县处级领导", "峡窝镇、各街道办事处、区直各单位负责同志", ["郝婕", "李德昭"]);
    }

    /// <summary>The characters of the articles' titles and text, for the record.</summary>
    public static int Characters(BulletinIssue issue) => issue.Articles.Sum(a => a.Title.Length + a.Paragraphs.Sum(p => p.Length));

    private static List<string> Paragraphs(Random random, string unit, int targetCharacters)
    {
        var paragraphs = new List<string>();
        var text = new StringBuilder($"近日，{unit}认真贯彻落实区委、区政府决策部署，");
        var point = 0;
        while (text.Length + paragraphs.Sum(p => p.Length) < targetCharacters)
        {
            text.Append(Points[point++ % Points.Length]).Append(Clauses[random.Next(Clauses.Length)]).Append('，')
                .Append(Clauses[random.Next(Clauses.Length)]).Append('，').Append(Closings[random.Next(Closings.Length)]);
            if (point % 3 == 0)
            {
                paragraphs.Add(text.ToString());
                text.Clear();
            }
        }
        if (text.Length > 0)
            paragraphs.Add(text.ToString());
        return paragraphs;
    }
}
