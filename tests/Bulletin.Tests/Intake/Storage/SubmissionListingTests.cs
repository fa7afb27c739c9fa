using System.Diagnostics;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Tests.Fixtures;
using Xunit.Abstractions;

namespace Bulletin.Tests.Intake.Storage;

/// <summary><see cref="SubmissionStore.ListAsync"/> over 2,400 submissions of 2019 (a year no other test uses) on Azurite:
/// exactly the asked ones by China date, state and unit, whatever else the table holds.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class SubmissionListingTests(IntakeHostFixture app, ITestOutputHelper output)
{
    private static readonly string[] Units = ["新安路街道", "中心路街道", "工业路街道", "峡窝镇", "区总工会"];
    private static readonly SubmissionStatus[] States = Enum.GetValues<SubmissionStatus>();

    [Fact]
    public async Task Listing_a_day_a_month_or_a_state_of_thousands_of_submissions_gives_exactly_those_by_china_date()
    {
        var store = new SubmissionStore(app.Tables, app.Blobs);
        var all = Generate().ToList();
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (s, ct) => await store.AddIfAbsentAsync(s, null, ct));

        var watch = Stopwatch.StartNew();
        var day = await store.ListAsync(new SubmissionFilter(From: new DateOnly(2019, 3, 8), To: new DateOnly(2019, 3, 8)), CancellationToken.None);
        var dayTime = watch.Elapsed;
        var month = await store.ListAsync(new SubmissionFilter(SubmissionStatus.Adopted, "峡窝镇", new DateOnly(2019, 6, 1), new DateOnly(2019, 6, 30)), CancellationToken.None);
        var monthTime = watch.Elapsed - dayTime;
        var year = await store.ListAsync(new SubmissionFilter(SubmissionStatus.Rejected, From: new DateOnly(2019, 1, 1), To: new DateOnly(2019, 12, 31)), CancellationToken.None);
        output.WriteLine($"day {day.Count} in {dayTime.TotalMilliseconds:0} ms, month of a unit and state {month.Count} in {monthTime.TotalMilliseconds:0} ms, " +
            $"year of a state {year.Count} in {(watch.Elapsed - dayTime - monthTime).TotalMilliseconds:0} ms");

        Assert.Equal(Expected(all, s => ChinaDay(s) == new DateOnly(2019, 3, 8)), day.Select(s => s.Id));
        Assert.Equal(Expected(all, s => s.Status == SubmissionStatus.Adopted && s.Unit == "峡窝镇" && ChinaDay(s).Month == 6), month.Select(s => s.Id));
        Assert.Equal(Expected(all, s => s.Status == SubmissionStatus.Rejected), year.Select(s => s.Id));
        Assert.Contains(day, s => TimeZoneInfo.ConvertTime(s.ReceivedAt, ChinaTime.Zone).Hour == 0);
    }

    /// <summary>10 a day on days 1–20 of each month of 2019, one of them at 00:30 China time (still the previous day in UTC).</summary>
    private static IEnumerable<Submission> Generate()
    {
        var n = 0;
        for (var month = 1; month <= 12; month++)
            for (var day = 1; day <= 20; day++)
                for (var i = 0; i < 10; i++, n++)
                {
                    var at = new DateTimeOffset(2019, month, day, i == 0 ? 0 : 9 + i, 30, 0, TimeSpan.FromHours(8));
                    yield return new Submission(SubmissionId.Create(at, $"listing-{n}"), Units[n % Units.Length], "xinxi@example.org", "信息员",
                        SubmissionSource.Upload, $"稿件 {n}", ["正文。"], [], States[n / 5 % States.Length], at, null);
                }
    }

    private static List<string> Expected(IEnumerable<Submission> all, Func<Submission, bool> asked) =>
        all.Where(asked).OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.Id).ToList();

    private static DateOnly ChinaDay(Submission s) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.ReceivedAt, ChinaTime.Zone).DateTime);
}
