using Bulletin.Intake;

namespace Bulletin.LocalHost.History;

/// <summary>What five years of an office's work were, decided from the seed alone before anything is written: who sent
/// which article when, how review decided, which 约稿 asked whom, which issues of which series printed what, and which
/// articles upper levels adopted or leaders wrote 批示 on.</summary>
public sealed class HistoryPlan
{
    public static readonly string[] Editors = ["hao.jie@example.org", "li.dezhao@example.org"];
    public static readonly (string Id, string Name, string Kind, int PerYear, int MinArticles, int MaxArticles)[] Series =
    [
        ("main", "上街信息", "正刊", 40, 6, 10), ("zhuanbao", "上街信息专报", "专报", 12, 1, 2), ("zengkan", "上街信息", "增刊", 8, 3, 5),
    ];

    public required IReadOnlyList<PlannedSubmission> Submissions { get; init; }
    public required IReadOnlyList<PlannedIssue> Issues { get; init; }
    public required IReadOnlyList<PlannedSolicitation> Solicitations { get; init; }
    public required IReadOnlyList<PlannedUpperRecord> UpperRecords { get; init; }

    /// <param name="firstMonth">The first month of the history (China time); it runs <paramref name="years"/> × 12 months.</param>
    public static HistoryPlan Make(HistoryDirectory directory, DateOnly firstMonth, int years, double scale, int seed)
    {
        var random = new Random(seed);
        var months = years * 12;
        var perMonth = Math.Max(1, (int)Math.Round(20_000 * scale / months));
        var submissions = new List<PlannedSubmission>();
        var solicitations = new List<PlannedSolicitation>();
        for (var m = 0; m < months; m++)
        {
            var month = firstMonth.AddMonths(m);
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            for (var i = 0; i < perMonth; i++)
            {
                // Busy units send more: a skew towards the first units of the list.
                var unit = directory.Units[(int)(directory.Units.Count * Math.Pow(random.NextDouble(), 1.6))];
                var received = new DateTimeOffset(month.Year, month.Month, random.Next(1, days + 1), random.Next(7, 23), random.Next(60), random.Next(60), TimeSpan.FromHours(8));
                submissions.Add(PlannedSubmission.Random(random, unit, received, seed));
            }
            if (random.NextDouble() < 10.0 * Math.Min(1, scale * 4) / 12)
                solicitations.Add(PlannedSolicitation.Random(random, solicitations.Count + 1, month, directory.Units, submissions));
        }
        submissions.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        var issues = PlannedIssue.Print(random, firstMonth, years, scale, submissions);
        var printed = issues.SelectMany(i => i.Articles).SelectMany(a => a).ToList();
        var upper = printed.Where(_ => random.NextDouble() < 0.2 * Math.Min(1, scale * 4)).Select(s => PlannedUpperRecord.Random(random, s)).ToList();
        return new HistoryPlan { Submissions = submissions, Issues = issues, Solicitations = solicitations, UpperRecords = upper };
    }
}

/// <summary>One article a unit sent, and the review decision on it (none for the last days' articles).</summary>
public sealed record PlannedSubmission(string Id, HistoryUnit Unit, DateTimeOffset ReceivedAt, string Title, IReadOnlyList<string> Paragraphs,
    SubmissionStatus Status, string Editor, DateTimeOffset DecidedAt, string? Reason)
{
    public int? SolicitationNumber { get; set; }
    public bool Printed { get; set; }

    private static readonly string[] Reasons = ["内容较为笼统，请补充具体做法和数据。", "与近期已编发信息重复。", "时效性不强。", "请突出特色亮点后重新报送。"];

    public static PlannedSubmission Random(Random random, HistoryUnit unit, DateTimeOffset received, int seed)
    {
        var roll = random.Next(100);
        var status = roll < 45 ? SubmissionStatus.Adopted : roll < 60 ? SubmissionStatus.RevisionRequested : roll < 97 ? SubmissionStatus.Rejected : SubmissionStatus.Submitted;
        var id = SubmissionId.Create(received, $"{unit.Name}|{received:O}|{seed}|{random.Next()}");
        return new PlannedSubmission(id, unit, received, HistoryArticleWriter.Title(random, unit.Name), HistoryArticleWriter.Paragraphs(random, unit.Name),
            status, HistoryPlan.Editors[random.Next(HistoryPlan.Editors.Length)], received.AddHours(random.Next(2, 72)),
            status is SubmissionStatus.Rejected or SubmissionStatus.RevisionRequested ? Reasons[random.Next(Reasons.Length)] : null);
    }
}

/// <summary>An issue of a series: its date and its articles, each one submission or several (a 综合稿).</summary>
public sealed record PlannedIssue(string Series, DateOnly Date, IReadOnlyList<IReadOnlyList<PlannedSubmission>> Articles)
{
    public static List<PlannedIssue> Print(Random random, DateOnly firstMonth, int years, double scale, IReadOnlyList<PlannedSubmission> submissions)
    {
        var issues = new List<PlannedIssue>();
        var free = submissions.Where(s => s.Status == SubmissionStatus.Adopted).ToList();
        var totalDays = firstMonth.AddYears(years).DayNumber - firstMonth.DayNumber;
        foreach (var series in HistoryPlan.Series)
        {
            var count = Math.Max(1, (int)Math.Round(series.PerYear * years * scale));
            for (var i = 0; i < count; i++)
            {
                var date = firstMonth.AddDays((int)((i + 0.5) * totalDays / count));
                var latest = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
                var ready = free.Where(s => !s.Printed && s.DecidedAt < latest && s.ReceivedAt > latest.AddDays(-60)).Reverse().ToList();
                var wanted = Math.Min(ready.Count, random.Next(series.MinArticles, series.MaxArticles + 1));
                if (wanted == 0)
                    continue;
                var articles = new List<IReadOnlyList<PlannedSubmission>>();
                for (var k = 0; k < wanted; k++)
                {
                    // About one article in twenty is a 综合稿 of two units' submissions.
                    var take = k + 1 < wanted && random.Next(20) == 0 ? 2 : 1;
                    var chosen = ready.Skip(k).Take(take).Where(s => !s.Printed).ToList();
                    chosen.ForEach(s => s.Printed = true);
                    if (chosen.Count > 0)
                        articles.Add(chosen);
                }
                issues.Add(new PlannedIssue(series.Id, date, articles));
            }
        }
        return issues.OrderBy(i => i.Date).ToList();
    }
}

/// <summary>A 约稿 to some units; the units' answers are submissions of theirs in the following weeks (or none).</summary>
public sealed record PlannedSolicitation(int Index, string Topic, DateTimeOffset CreatedAt, DateTimeOffset Deadline, IReadOnlyList<(HistoryUnit Unit, PlannedSubmission? Answer)> Units)
{
    public static PlannedSolicitation Random(Random random, int index, DateOnly month, IReadOnlyList<HistoryUnit> units, List<PlannedSubmission> submissions)
    {
        var created = new DateTimeOffset(month.Year, month.Month, random.Next(1, 10), 9, 0, 0, TimeSpan.FromHours(8));
        var deadline = created.AddDays(10).Date.AddHours(18);
        var asked = units.OrderBy(_ => random.Next()).Take(random.Next(5, 13)).ToList();
        var answers = asked.Select(unit =>
        {
            var roll = random.Next(100);
            if (roll >= 85)
                return (unit, (PlannedSubmission?)null);
            var at = roll < 70 ? created.AddHours(random.Next(4, 200)) : new DateTimeOffset(deadline, TimeSpan.FromHours(8)).AddHours(random.Next(2, 72));
            var answer = PlannedSubmission.Random(random, unit, at, index) with { SolicitationNumber = index };
            submissions.Add(answer);
            return (unit, answer);
        }).ToList();
        return new PlannedSolicitation(index, $"关于报送{asked.Count}个单位{month.Month}月份重点工作信息的约稿", created, new DateTimeOffset(deadline, TimeSpan.FromHours(8)), answers);
    }
}

/// <summary>An upper-level adoption (上级采用) or a 领导批示 on a printed article.</summary>
public sealed record PlannedUpperRecord(PlannedSubmission Submission, bool Instruction, string Source, string Level, DateOnly Date, string? Text)
{
    private static readonly (string Publication, string Level)[] Publications = [("《郑州信息》", "市"), ("《河南信息》", "省"), ("国办《昨日要情》", "国家")];
    private static readonly (string Leader, string Level)[] Leaders = [("区委书记", "区"), ("区长", "区"), ("市委书记", "市"), ("副市长", "市"), ("副省长", "省")];

    public static PlannedUpperRecord Random(Random random, PlannedSubmission submission)
    {
        var date = DateOnly.FromDateTime(submission.DecidedAt.DateTime).AddDays(random.Next(5, 30));
        if (random.Next(3) == 0)
        {
            var (leader, level) = Leaders[random.Next(Leaders.Length)];
            return new PlannedUpperRecord(submission, true, leader, level, date, "此经验做法很好，请相关部门认真总结推广。");
        }
        var (publication, publicationLevel) = Publications[random.Next(10) switch { < 7 => 0, < 9 => 1, _ => 2 }];
        return new PlannedUpperRecord(submission, false, publication, publicationLevel, date, null);
    }
}
