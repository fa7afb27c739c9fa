using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Statistics.Storage;

namespace Bulletin.Tests.Statistics;

/// <summary>A generated history for statistics tests and benchmarks: every unit sends a number of submissions each month
/// (some received just after midnight China time, i.e. on the previous UTC day), review decides them at random, and
/// each month's adopted articles are partly printed in issues of four, the first of each issue its lead.</summary>
public sealed class StatisticsHistory
{
    public sealed record Item(string Id, string Unit, DateTimeOffset ReceivedAtUtc, SubmissionStatus Status, bool Published, bool Lead);

    public sealed record Issue(string Name, IReadOnlyList<AssembledArticle> Articles);

    public required IReadOnlyList<string> Units { get; init; }
    public required IReadOnlyList<Item> Items { get; init; }
    public required IReadOnlyList<Issue> Issues { get; init; }

    public static IReadOnlyList<string> UnitNames(int count) =>
        ["新安路街道", "区总工会", "峡窝镇", "济源路街道", "中心路街道", .. Enumerable.Range(6, Math.Max(0, count - 5)).Select(i => $"区直单位{i:D2}")];

    public static StatisticsHistory Generate(int firstYear, int years, int units, int perMonth, int seed = 20261125)
    {
        var random = new Random(seed);
        var names = UnitNames(units).Take(units).ToList();
        var items = new List<Item>();
        var issues = new List<Issue>();
        SubmissionStatus[] statuses = [SubmissionStatus.Adopted, SubmissionStatus.Adopted, SubmissionStatus.Adopted, SubmissionStatus.RevisionRequested,
            SubmissionStatus.Rejected, SubmissionStatus.Submitted];
        for (var month = new DateOnly(firstYear, 1, 1); month.Year < firstYear + years; month = month.AddMonths(1))
        {
            var monthItems = new List<Item>();
            foreach (var unit in names)
                for (var i = 0; i < perMonth; i++)
                {
                    var day = random.Next(1, DateTime.DaysInMonth(month.Year, month.Month) + 1);
                    // Hours 0–7 in China are the previous day in UTC: the boundaries statistics must get right.
                    var china = new DateTimeOffset(month.Year, month.Month, day, random.Next(0, 24), random.Next(0, 60), 0, TimeSpan.FromHours(8));
                    var id = SubmissionId.Create(china, $"{unit}|{month}|{i}|{seed}");
                    monthItems.Add(new Item(id, unit, china.ToUniversalTime(), statuses[random.Next(statuses.Length)], false, false));
                }
            var printed = monthItems.Where(s => s.Status == SubmissionStatus.Adopted && random.Next(3) > 0).OrderBy(_ => random.Next()).ToList();
            var placed = new Dictionary<string, Item>();
            foreach (var chunk in printed.Chunk(4))
            {
                var name = $"{month.Year}-{issues.Count + 1:D3}";
                issues.Add(new Issue(name, chunk.Select(s => new AssembledArticle(s.Id, "标题", ["正文"], s.Unit)).ToList()));
                for (var k = 0; k < chunk.Length; k++)
                    placed[chunk[k].Id] = chunk[k] with { Published = true, Lead = k == 0 };
            }
            items.AddRange(monthItems.Select(s => placed.GetValueOrDefault(s.Id) ?? s));
        }
        return new StatisticsHistory { Units = names, Items = items, Issues = issues };
    }

    /// <summary>Writes the history through the statistics storage, as intake, review and issues would have.</summary>
    public async Task WriteAsync(StatisticsFactStore facts, CancellationToken cancellationToken)
    {
        await facts.RecordSubmissionsAsync(Items.Select(ToSubmission), cancellationToken);
        await facts.RecordPublicationsAsync(Issues.SelectMany(i => i.Articles.Select((a, n) => (i.Name, a, n == 0))), cancellationToken);
    }

    public static Submission ToSubmission(Item item) => new(item.Id, item.Unit, "officer@example.org", "信息员", SubmissionSource.Email,
        "标题", ["正文"], [], item.Status, item.ReceivedAtUtc, null);

    /// <summary>The China date of a UTC time, by plain arithmetic (UTC+8 all year): independent of the code under test.</summary>
    public static DateOnly ChinaDate(DateTimeOffset utc) => DateOnly.FromDateTime(utc.UtcDateTime.AddHours(8));
}
