using System.Text.Json.Nodes;
using Bulletin.Intake;
using Bulletin.Solicitations;
using Bulletin.Solicitations.Storage;
using Bulletin.Statistics;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Solicitations;

/// <summary>A solicitation from creation to its deadline against Azurite, with the clock moved by hand: notices, answers on
/// time and late, one reminder two days before the deadline, missing units marked once.</summary>
public sealed class SolicitationLifecycleTests(SolicitationStorageFixture storage) : IClassFixture<SolicitationStorageFixture>
{
    private static readonly string[] Streets = ["济源路街道", "中心路街道", "新安路街道", "工业路街道", "矿山街道"];
    private T Get<T>() where T : notnull => storage.Services.GetRequiredService<T>();

    [Fact]
    public async Task Units_are_told_once_reminded_once_two_days_before_and_marked_missing_after_the_deadline()
    {
        var solicitation = await CreateAsync("2026-12-01T10:00:00+08:00", "各街道办事处、区总工会", "2026-12-10T18:00");

        var notices = await MailsAsync(() => Get<SolicitationMailer>().SendNoticesAsync(new SolicitationCreated(solicitation.Number), CancellationToken.None));
        var retried = await MailsAsync(() => Get<SolicitationMailer>().SendNoticesAsync(new SolicitationCreated(solicitation.Number), CancellationToken.None));
        Assert.Equal(6, notices.Count);
        Assert.Empty(retried);
        Assert.Contains("xinanlu.fuze@example.org", notices.Select(To));
        Assert.All(notices, m => Assert.StartsWith(solicitation.Code, Outbox.SubjectOf(m)));
        Assert.All(notices, m => Assert.Contains($"/api/submit?token=", Outbox.TextOf(m)));
        Assert.All(notices, m => Assert.Contains($"&solicitation={solicitation.Number}", Outbox.TextOf(m)));

        await AnswerAsync("2026-12-05T09:00:00+08:00", "xinanlu.xinxi@example.org", "新安路街道", solicitation.Number);
        Assert.Empty(await RunTimerAtAsync("2026-12-07T09:00:00+08:00", solicitation));
        var reminders = await RunTimerAtAsync("2026-12-08T09:00:00+08:00", solicitation);
        Assert.Empty(await RunTimerAtAsync("2026-12-08T17:00:00+08:00", solicitation));
        Assert.Equal(["gongyelu.fuze@example.org", "jiyuanlu.fuze@example.org", "kuangshan.fuze@example.org", "zgh.fuze@example.org", "zhongxinlu.fuze@example.org"],
            reminders.Select(To).Order());
        Assert.All(reminders, m => Assert.StartsWith("【约稿提醒】", Outbox.SubjectOf(m)));

        Assert.Empty(await RunTimerAtAsync("2026-12-11T09:00:00+08:00", solicitation));
        await AnswerAsync("2026-12-11T10:00:00+08:00", "zgh.xinxi@example.org", "区总工会", solicitation.Number);
        await RunTimerAtAsync("2026-12-12T09:00:00+08:00", solicitation);

        var stored = (await Get<SolicitationStore>().FindAsync(solicitation.Number, CancellationToken.None))!;
        var now = storage.Clock.Now;
        Assert.Equal(SolicitationAnswer.OnTime, stored.UnitNamed("新安路街道")!.StatusAt(stored.Deadline, now));
        Assert.Equal(SolicitationAnswer.Late, stored.UnitNamed("区总工会")!.StatusAt(stored.Deadline, now));
        Assert.Equal(4, stored.Units.Count(u => u.StatusAt(stored.Deadline, now) == SolicitationAnswer.Missing));
        Assert.NotNull(stored.UnitNamed("区总工会")!.MarkedMissingAt);
        var history = await Get<SolicitationAuditLog>().ListAsync(solicitation.Number, CancellationToken.None);
        Assert.Equal(5, history.Count(e => e.Event == "MarkedMissing"));
        Assert.Equal(5, history.Count(e => e.Event == "Reminded"));
        Assert.Equal(2, history.Count(e => e.Event == "Answered"));

        // Scored: 区总工会's late answer replaced its missing fact; a missing answer is no submission.
        var december = await Get<StatisticsService>().ForPeriodAsync(StatisticsPeriod.Month(2026, 12), CancellationToken.None);
        var union = december.Units.Single(u => u.Unit == "区总工会");
        Assert.Equal((0, 1, 0), (union.Count(StatisticsTerms.SolicitedOnTime), union.Count(StatisticsTerms.SolicitedLate), union.Count(StatisticsTerms.SolicitedMissing)));
        var jiyuanlu = december.Units.Single(u => u.Unit == "济源路街道");
        Assert.Equal(1, jiyuanlu.Count(StatisticsTerms.SolicitedMissing));
        Assert.Equal(jiyuanlu.Count(StatisticsTerms.SolicitedOnTime), jiyuanlu.Submitted);
        Assert.True(PointsRule.TryParse("solicited_on_time=2;solicited_late=-3;solicited_missing=-1", out var rule, out _));
        Assert.Equal(-3m, rule.Apply(union.Counts));
        Assert.Equal(2m * december.Units.Single(u => u.Unit == "新安路街道").Count(StatisticsTerms.SolicitedOnTime),
            rule.Apply(december.Units.Single(u => u.Unit == "新安路街道").Counts));
    }

    [Fact]
    public async Task Answers_from_many_units_at_once_are_all_kept_and_a_unit_not_addressed_answers_nothing()
    {
        var solicitation = await CreateAsync("2026-12-01T10:00:00+08:00", "各街道办事处", "2026-12-20T18:00");
        storage.Clock.Now = DateTimeOffset.Parse("2026-12-02T10:00:00+08:00");
        var streets = new[] { "jiyuanlu", "zhongxinlu", "xinanlu", "gongyelu", "kuangshan" };

        var results = await Task.WhenAll(streets.Zip(Streets).Select(p => UploadAsync($"{p.First}.xinxi@example.org", p.Second, solicitation.Number)));
        var outsider = await UploadAsync("zgh.xinxi@example.org", "区总工会", solicitation.Number);

        Assert.All(results, r => Assert.Equal(solicitation.Number, r.Submission!.SolicitationNumber));
        Assert.Null(outsider.Submission!.SolicitationNumber);
        var stored = (await Get<SolicitationStore>().FindAsync(solicitation.Number, CancellationToken.None))!;
        Assert.All(stored.Units, u => Assert.Equal(SolicitationAnswer.OnTime, u.StatusAt(stored.Deadline, storage.Clock.Now)));
        Assert.Equal(results.Select(r => r.Submission!.Id).Order(), stored.Units.Select(u => u.SubmissionId!).Order());
    }

    [Fact]
    public async Task A_solicitation_saved_without_its_queue_message_gets_its_notices_from_the_timer_once()
    {
        var solicitation = await CreateAsync("2026-12-01T10:00:00+08:00", "各街道办事处、区总工会", "2026-12-10T18:00");
        // The app stopped after saving: the solicitation-created message was never handled (the store has no notices noted).
        Assert.Null((await Get<SolicitationStore>().FindAsync(solicitation.Number, CancellationToken.None))!.NoticesSentAt);

        var notices = await RunTimerAtAsync("2026-12-02T09:00:00+08:00", solicitation);
        var again = await RunTimerAtAsync("2026-12-03T09:00:00+08:00", solicitation);
        var message = await MailsAsync(() => Get<SolicitationMailer>().SendNoticesAsync(new SolicitationCreated(solicitation.Number), CancellationToken.None), solicitation.Code);

        Assert.Equal(6, notices.Count);
        Assert.All(notices, m => Assert.StartsWith(solicitation.Code, Outbox.SubjectOf(m)));
        Assert.Empty(again);
        Assert.Empty(message);
        Assert.NotNull((await Get<SolicitationStore>().FindAsync(solicitation.Number, CancellationToken.None))!.NoticesSentAt);
    }

    [Fact]
    public async Task Creating_twice_at_once_with_one_key_creates_one_solicitation_and_a_missing_key_creates_none()
    {
        storage.Clock.Now = DateTimeOffset.Parse("2026-12-01T10:00:00+08:00");
        var desk = Get<SolicitationDesk>();
        var draft = Draft("区总工会", "2026-12-10T18:00");
        var key = SolicitationDesk.NewCreationKey();

        var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => desk.CreateAsync(draft, key, CancellationToken.None)));
        var stale = await desk.CreateAsync(draft with { Topic = draft.Topic + "（旧表单）" }, null, CancellationToken.None);

        Assert.Single(created.Select(c => c.Solicitation!.Number).Distinct());
        Assert.Single(await desk.ListAsync(CancellationToken.None), s => s.Topic == draft.Topic);
        Assert.Null(stale.Solicitation);
        Assert.Contains(stale.Check.Problems, p => p.Contains("请先点“检查约稿对象”"));
        Assert.DoesNotContain(await desk.ListAsync(CancellationToken.None), s => s.Topic == draft.Topic + "（旧表单）");
    }

    private async Task<Solicitation> CreateAsync(string now, string units, string deadline)
    {
        storage.Clock.Now = DateTimeOffset.Parse(now);
        var created = await Get<SolicitationDesk>().CreateAsync(Draft(units, deadline), SolicitationDesk.NewCreationKey(), CancellationToken.None);
        Assert.Empty(created.Check.Problems);
        return created.Solicitation!;
    }

    private static SolicitationDraft Draft(string units, string deadline) =>
        new("冬季安全生产 " + Guid.NewGuid().ToString("N")[..6], "请报送本单位冬季安全生产工作的做法和成效，800字以内。", units, deadline, "郝婕");

    private async Task AnswerAsync(string at, string submitter, string unit, int number)
    {
        storage.Clock.Now = DateTimeOffset.Parse(at);
        Assert.Equal(number, (await UploadAsync(submitter, unit, number)).Submission!.SolicitationNumber);
    }

    private Task<UploadResult> UploadAsync(string submitter, string unit, int number) => Get<UploadIntake>().SubmitAsync(
        new ArticleUpload(unit, submitter, $"{unit}冬季安全生产", $"{unit}扎实开展冬季安全生产大检查，排查整改隐患多处，确保辖区安全稳定。", null, Guid.NewGuid().ToString())
        { SolicitationNumber = number }, CancellationToken.None);

    /// <summary>The mails about <paramref name="solicitation"/> the timer sends at <paramref name="chinaTime"/> (other tests'
    /// solicitations share the table, and the timer sends the notices of any never noticed).</summary>
    private Task<List<JsonNode>> RunTimerAtAsync(string chinaTime, Solicitation solicitation)
    {
        storage.Clock.Now = DateTimeOffset.Parse(chinaTime);
        return MailsAsync(() => Get<SolicitationReminderService>().RunAsync(CancellationToken.None), solicitation.Code);
    }

    /// <summary>The solicitation mails (those whose subject has <paramref name="code"/>, if given) sent while <paramref name="act"/> ran.</summary>
    private async Task<List<JsonNode>> MailsAsync(Func<Task> act, string code = "约稿")
    {
        storage.Sent.Clear();
        await act();
        return storage.Sent.Where(m => Outbox.SubjectOf(m).Contains(code)).ToList();
    }

    private static string To(JsonNode mail) => mail["personalizations"]![0]!["to"]![0]!["email"]!.ToString();
}
