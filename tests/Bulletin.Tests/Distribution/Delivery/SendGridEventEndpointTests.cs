using System.Globalization;
using System.Net;
using System.Text;
using Azure.Storage.Blobs.Models;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost.MailSink;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary><c>POST /api/sendgrid/events</c> through the local host and the real worker: refused posts change nothing,
/// signed batches move the ledger, and the SendGrid stand-in's own signed events are accepted end to end.</summary>
[Collection(nameof(BulletinAppHostCollection))]
public sealed class SendGridEventEndpointTests(BulletinAppHostFixture app)
{
    private const string EventsUrl = "/api/sendgrid/events";
    private readonly DeliveryLedger _ledger = new(app.Tables, new DeliveryBatchStore(app.Tables), TimeProvider.System, NullLogger<DeliveryLedger>.Instance);

    [Fact]
    public async Task Unsigned_post_is_refused_with_401_and_changes_nothing()
    {
        var (issue, rows) = await NewIssueAsync("a@example.org");
        var body = Events(Event("delivered", issue, rows[0], 1));

        var response = await app.Http.PostAsync(EventsUrl, new ByteArrayContent(body));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("签名", await response.Content.ReadAsStringAsync());
        Assert.Equal(DeliveryState.Pending, (await _ledger.ListAsync(issue, CancellationToken.None)).Single().State);
        Assert.False(await IsStoredAsync(body));
    }

    [Fact]
    public async Task Badly_signed_or_stale_post_is_refused_with_403_and_changes_nothing()
    {
        var (issue, rows) = await NewIssueAsync("a@example.org");
        var body = Events(Event("bounce", issue, rows[0], 1));
        var now = Timestamp(DateTimeOffset.UtcNow);
        var old = Timestamp(DateTimeOffset.UtcNow.AddMinutes(-30));

        var forged = await PostAsync(body, now, LocalOnlyEventWebhookKey.Sign(now, Events(Event("delivered", issue, rows[0], 1))));
        var stale = await PostAsync(body, old, LocalOnlyEventWebhookKey.Sign(old, body));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Contains("时间", await stale.Content.ReadAsStringAsync());
        Assert.Equal(DeliveryState.Pending, (await _ledger.ListAsync(issue, CancellationToken.None)).Single().State);
        Assert.False(await IsStoredAsync(body));
    }

    [Fact]
    public async Task Signed_batches_update_the_ledger_and_duplicates_or_late_events_change_nothing_more()
    {
        var (issue, rows) = await NewIssueAsync("a@example.org", "b@bounce.example.org", "c@deferred.example.org");
        var first = Events(
            Event("delivered", issue, rows[0], 3), Event("processed", issue, rows[1], 1),
            Event("bounce", issue, rows[1], 2, "550 5.1.1 用户不存在"), Event("deferred", issue, rows[2], 2, "421 try later"));
        var late = Events(Event("processed", issue, rows[0], 1), Event("deferred", issue, rows[0], 2), Event("delivered", issue, rows[2], 4, "250 OK"));

        Assert.Equal(HttpStatusCode.OK, (await PostSignedAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostSignedAsync(late)).StatusCode);
        var once = await _ledger.ListAsync(issue, CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await PostSignedAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostSignedAsync(late)).StatusCode);
        var twice = await _ledger.ListAsync(issue, CancellationToken.None);

        Assert.Equal(once.OrderBy(r => r.Id), twice.OrderBy(r => r.Id));
        Assert.Equal(DeliveryState.Delivered, twice.Single(r => r.Id == rows[0].Id).State);
        var bounced = twice.Single(r => r.Id == rows[1].Id);
        Assert.Equal((DeliveryState.Bounced, "550 5.1.1 用户不存在"), (bounced.State, bounced.Reason));
        Assert.Equal(DeliveryState.Delivered, twice.Single(r => r.Id == rows[2].Id).State);
        Assert.True(await IsStoredAsync(first));
    }

    [Fact]
    public async Task Signed_events_for_unknown_deliveries_or_other_mail_are_acknowledged_and_change_nothing()
    {
        var (issue, rows) = await NewIssueAsync("a@example.org");
        var unknown = rows[0] with { Id = "dunknown" };
        var body = Encoding.UTF8.GetBytes($"[{Event("delivered", issue, unknown, 1)},{{\"event\":\"open\",\"timestamp\":1}}]");

        var response = await PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DeliveryState.Pending, (await _ledger.ListAsync(issue, CancellationToken.None)).Single(r => r.Id == rows[0].Id).State);
    }

    [Fact]
    public async Task One_absurd_event_in_a_signed_batch_is_kept_aside_and_the_others_are_applied()
    {
        var (issue, rows) = await NewIssueAsync("a@example.org", "b@bounce.example.org", "c@example.org");
        var hugeReason = "550 5.1.1 " + new string('退', 100_000);
        // A lone surrogate escape is valid JSON syntax but not readable text.
        var unreadable = Event("dropped", issue, rows[2], 2, "placeholder").Replace("placeholder", "\\ud800 Bounced Address");
        var body = Events(Event("delivered", issue, rows[0], 1), Event("bounce", issue, rows[1], 1, hugeReason), unreadable);

        var response = await PostSignedAsync(body);
        var retried = await PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var ledger = await _ledger.ListAsync(issue, CancellationToken.None);
        Assert.Equal(DeliveryState.Delivered, ledger.Single(r => r.Id == rows[0].Id).State);
        var bounced = ledger.Single(r => r.Id == rows[1].Id);
        Assert.Equal(DeliveryState.Bounced, bounced.State);
        Assert.StartsWith("550 5.1.1 退退", bounced.Reason);
        Assert.InRange(bounced.Reason!.Length, 100, BoundedText.Detail);
        Assert.Contains("已截断", bounced.Reason);
        Assert.Equal(DeliveryState.Pending, ledger.Single(r => r.Id == rows[2].Id).State);
        var rejected = Assert.Single(await new RejectedDeliveryEvents(app.Tables).ListAsync(issue, CancellationToken.None));
        Assert.Equal((rows[2].Id, "dropped"), (rejected.DeliveryId, rejected.Kind));
        Assert.True(await IsStoredAsync(body));
    }

    [Fact]
    public async Task Signed_body_that_is_not_an_event_array_is_answered_400()
    {
        var response = await PostSignedAsync("{\"event\":\"delivered\"}"u8.ToArray());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Stand_in_posts_signed_events_for_an_accepted_mail_that_the_app_applies()
    {
        var (issue, rows) = await NewIssueAsync("leader@example.org", "gone@bounce.example.org", "slow@deferred.example.org");
        var mail = new SendGridMessage { Subject = "上街信息 2020年第20期" };
        mail.SetFrom("bulletin@example.org");
        mail.AddContent(MimeType.Text, "本期简报见附件。");
        for (var i = 0; i < rows.Count; i++)
        {
            mail.AddTo(new EmailAddress(rows[i].Email), i);
            mail.AddCustomArg(SendGridEventParser.IssueField, issue, i);
            mail.AddCustomArg(SendGridEventParser.DeliveryField, rows[i].Id, i);
        }
        var client = new SendGridClient(new SendGridClientOptions { ApiKey = "x", Host = new Uri(app.Host.BaseAddress, "/dev/sendgrid").ToString() });

        var sent = await client.SendEmailAsync(mail);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        var final = await Eventually.GetAsync(() => _ledger.ListAsync(issue, CancellationToken.None),
            list => list.Count(r => r.State.IsFinal()) == 3 && list.Single(r => r.Id == rows[2].Id).State == DeliveryState.Delivered,
            because: "the stand-in reports delivered, bounced, and deferred then delivered");
        Assert.Equal(DeliveryState.Delivered, final.Single(r => r.Id == rows[0].Id).State);
        Assert.Equal(DeliveryState.Bounced, final.Single(r => r.Id == rows[1].Id).State);
        Assert.StartsWith("550 5.1.1", final.Single(r => r.Id == rows[1].Id).Reason);
    }

    private async Task<(string Issue, IReadOnlyList<Bulletin.Distribution.Delivery.Delivery> Rows)> NewIssueAsync(params string[] emails)
    {
        var issue = "2099-" + Guid.NewGuid().ToString("N")[..12];
        var now = DateTimeOffset.UtcNow;
        var rows = emails.Select(e => new Bulletin.Distribution.Delivery.Delivery(
            issue, DeliveryIds.DeliveryId(e), e, null, DeliveryState.Pending, 1, "b1", null, now, now)).ToList();
        await _ledger.AddMissingAsync(rows, CancellationToken.None);
        return (issue, rows);
    }

    /// <summary>One event as SendGrid writes it, our custom_args at the top level.</summary>
    private static string Event(string kind, string issue, Bulletin.Distribution.Delivery.Delivery row, int secondsLater, string? reason = null) =>
        new System.Text.Json.Nodes.JsonObject
        {
            ["email"] = row.Email, ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + secondsLater, ["event"] = kind,
            ["sg_event_id"] = Guid.NewGuid().ToString("N"), ["reason"] = reason, ["issue"] = issue, ["delivery"] = row.Id,
        }.ToJsonString();

    private static byte[] Events(params string[] events) => Encoding.UTF8.GetBytes("[" + string.Join(",", events) + "]");

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> PostSignedAsync(byte[] body)
    {
        var timestamp = Timestamp(DateTimeOffset.UtcNow);
        return PostAsync(body, timestamp, LocalOnlyEventWebhookKey.Sign(timestamp, body));
    }

    private Task<HttpResponseMessage> PostAsync(byte[] body, string timestamp, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, EventsUrl) { Content = new ByteArrayContent(body) };
        request.Headers.Add(SendGridEventVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SendGridEventVerifier.SignatureHeader, signature);
        return app.Http.SendAsync(request);
    }

    /// <summary>Whether this exact body was kept in container sendgrid-events (stored under its SHA-256).</summary>
    private async Task<bool> IsStoredAsync(byte[] body)
    {
        var container = app.Blobs.GetBlobContainerClient(SendGridEventStore.ContainerName);
        if (!await container.ExistsAsync())
            return false;
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        await foreach (var blob in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, null, CancellationToken.None))
            if (blob.Name.EndsWith(hash + ".json", StringComparison.Ordinal))
                return true;
        return false;
    }
}
