using System.Net;
using Bulletin.Tests.Dashboard;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;

namespace Bulletin.Tests.Operations;

/// <summary>Failed tasks through the local host: a queue message that fails five times is listed with its reason in the
/// quarantine API and on the dashboard, and can be retried after the fix or discarded, audited, by one person at a time.</summary>
[Collection(nameof(PoisonHostCollection))]
public sealed class PoisonMessageTests(PoisonHostFixture app)
{
    [Fact]
    public async Task A_mail_whose_stored_request_is_missing_is_listed_with_its_reason_and_registered_once_retried_after_the_fix()
    {
        var title = "新安路街道开展消防演练 " + Guid.NewGuid().ToString("N")[..6];
        var (delivery, fix) = await app.QueueMailWithoutStoredRequestAsync(title);

        var entry = await app.PoisonEntryAsync(delivery);

        Assert.Equal("inbound-mail", entry["queue"]!.ToString());
        Assert.Equal(5, (int)entry["dequeueCount"]!);
        Assert.StartsWith("RequestFailedException: ", entry["reason"]!.ToString());
        Assert.DoesNotContain("\n", entry["reason"]!.ToString());
        Assert.Contains(delivery.BlobName, entry["summary"]!.ToString());
        Assert.NotNull((await app.QuarantineWithPoisonAsync())["held"]!.AsArray());

        await app.StoreRequestAsync(delivery, fix);
        var retried = await app.ActAsOperatorAsync(entry["id"]!.ToString(), "retry");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var registered = await Eventually.GetAsync(() => app.SubmissionsAsync(PoisonHost.Submitter), all => all.Any(s => s.GetString("Title") == title),
            because: "the retried message registers the mail");
        Assert.Single(registered, s => s.GetString("Title") == title);
        Assert.Null(PoisonHost.Entry(await app.QuarantineWithPoisonAsync(), delivery));
        var audit = Assert.Single(await app.PoisonAuditAsync(entry["id"]!.ToString()));
        Assert.Equal(("Retry", "operator key (tests)"), (audit.GetString("Action"), audit.GetString("Actor")));
        Assert.Equal(HttpStatusCode.Conflict, (await app.ActAsOperatorAsync(entry["id"]!.ToString(), "retry")).StatusCode);
    }

    [Fact]
    public async Task A_failed_task_is_shown_on_the_dashboard_and_discarding_it_there_removes_it_and_records_who_did()
    {
        var (delivery, _) = await app.QueueMailWithoutStoredRequestAsync("峡窝镇召开安全生产会议 " + Guid.NewGuid().ToString("N")[..6]);
        var id = (await app.PoisonEntryAsync(delivery))["id"]!.ToString();
        var cookie = await app.SignInAsync();
        using var http = app.Client();

        var page = await (await http.GetAsync("/api/dashboard/quarantine", cookie)).Content.ReadAsStringAsync();

        var item = page[page.IndexOf($"data-message=\"{id}\"", StringComparison.Ordinal)..];
        Assert.Contains("失败的任务（", page);
        Assert.Contains(delivery.BlobName, item);
        Assert.Contains("原因：<span class=\"reason\">RequestFailedException: ", item);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/dashboard/inbound?blob={Uri.EscapeDataString(delivery.BlobName)}", cookie)).StatusCode);
        var path = $"/api/dashboard/poison/inbound-mail/{id}/discard";
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsync(path, cookie, new Dictionary<string, string> { ["proof"] = "forged" })).StatusCode);

        var discarded = await http.PostAsync(path, cookie, new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(page) });

        Assert.Equal(HttpStatusCode.OK, discarded.StatusCode);
        Assert.Contains("已丢弃", await discarded.Content.ReadAsStringAsync());
        Assert.Null(PoisonHost.Entry(await app.QuarantineWithPoisonAsync(), delivery));
        var audit = Assert.Single(await app.PoisonAuditAsync(id));
        Assert.Equal(("Discard", DashboardHost.Hao), (audit.GetString("Action"), audit.GetString("Actor")));
        Assert.StartsWith("RequestFailedException: ", audit.GetString("Reason"));
        var after = await (await http.GetAsync("/api/dashboard/quarantine", cookie)).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"data-message=\"{id}\"", after);
        Assert.Contains("丢弃", after[after.IndexOf("id=\"poison-history\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Of_two_people_acting_on_one_failed_task_at_once_one_acts_and_the_other_is_told_it_is_gone()
    {
        var (delivery, _) = await app.QueueMailWithoutStoredRequestAsync("中心路街道开展义诊 " + Guid.NewGuid().ToString("N")[..6]);
        var id = (await app.PoisonEntryAsync(delivery))["id"]!.ToString();

        var answers = await Task.WhenAll(app.ActAsOperatorAsync(id, "discard"), app.ActAsOperatorAsync(id, "retry"), app.ActAsOperatorAsync(id, "discard"));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        Assert.Single(await app.PoisonAuditAsync(id));
    }

    [Fact]
    public async Task The_poison_actions_need_the_operator_key_and_a_known_action()
    {
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/operations/poison/inbound-mail/x/retry", key: "wrong-key-wrong-key")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ActAsOperatorAsync("x", "explode")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await app.ActAsOperatorAsync("no-such-message", "discard")).StatusCode);
    }
}
