using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost.MailSink;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Bulletin.Tests.LocalHost.MailSink;

/// <summary>The stand-in plays SendGrid's Event Webhook: each post signed as SendGrid signs (checked here with the
/// app's verifier and the sample settings' public key), the events SendGrid would report, retries on non-2xx.</summary>
public sealed class EventWebhookTests(EventWebhookTests.ReceiverFixture receiver) : IClassFixture<EventWebhookTests.ReceiverFixture>
{
    [Fact]
    public async Task Accepted_mail_is_followed_by_signed_processed_delivered_bounce_and_deferred_then_delivered()
    {
        var tag = Guid.NewGuid().ToString("N");
        var response = await receiver.Client.SendEmailAsync(Mail(tag, "leader@example.org", "gone@bounce.example.org", "slow@deferred.example.org"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var events = await Fixtures.Eventually.GetAsync(() => Task.FromResult(receiver.EventsTagged(tag)),
            list => list.Any(e => e is { Kind: "delivered", Email: "slow@deferred.example.org" }), because: "the deferred recipient is delivered in a later post");

        // Distinct: this may be a mail whose first post is repeated (see the next test).
        Assert.All(receiver.Posts, post => Assert.Equal(SendGridEventVerdict.Valid, post.Verdict));
        Assert.Equal(
            ["bounce:gone@bounce.example.org", "deferred:slow@deferred.example.org", "delivered:leader@example.org", "delivered:slow@deferred.example.org",
             "processed:gone@bounce.example.org", "processed:leader@example.org", "processed:slow@deferred.example.org"],
            events.Select(e => $"{e.Kind}:{e.Email}").Distinct().Order());
        var deferredAt = events.First(e => e.Kind == "deferred");
        Assert.True(receiver.Posts.ToList().FindIndex(p => p.Events.Contains(deferredAt))
            < receiver.Posts.ToList().FindIndex(p => p.Events.Any(e => e is { Kind: "delivered", Email: "slow@deferred.example.org" } && e.Test == tag)),
            "deferred is posted before the delivery that follows it");
        Assert.All(events, e => Assert.Equal(("2020-020", "d-" + e.Email), (e.Issue, e.Delivery)));
    }

    [Fact]
    public async Task Every_third_mail_has_its_first_post_repeated_with_fresh_event_ids()
    {
        var tags = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        foreach (var tag in tags)
            await receiver.Client.SendEmailAsync(Mail(tag, "leader@example.org"));

        var counts = await Fixtures.Eventually.GetAsync(
            () => Task.FromResult(tags.Select(t => receiver.EventsTagged(t).Count).ToList()),
            c => c.Sum() >= 2 * 3 + 2, because: "three mails of two events each, one of them repeated");

        Assert.Single(counts, c => c == 4);
        var repeated = receiver.EventsTagged(tags[counts.IndexOf(4)]);
        Assert.Equal(4, repeated.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public async Task A_post_the_app_answers_with_an_error_is_sent_again_until_accepted()
    {
        var tag = Guid.NewGuid().ToString("N");
        receiver.FailNext(2);

        await receiver.Client.SendEmailAsync(Mail(tag, "leader@example.org"));

        var events = await Fixtures.Eventually.GetAsync(() => Task.FromResult(receiver.EventsTagged(tag)), list => list.Count >= 2);
        Assert.Equal(["delivered", "processed"], events.Select(e => e.Kind).Order());
    }

    /// <summary>One mail, a personalization per recipient with custom_args issue and delivery, and the test's tag for the whole mail.</summary>
    private static SendGridMessage Mail(string tag, params string[] recipients)
    {
        var mail = new SendGridMessage { Subject = "上街信息 2020年第20期" };
        mail.SetFrom("bulletin@example.org");
        mail.AddContent(MimeType.Text, "本期简报见附件。");
        for (var i = 0; i < recipients.Length; i++)
        {
            mail.AddTo(new EmailAddress(recipients[i]), i);
            mail.AddCustomArg("issue", "2020-020", i);
            mail.AddCustomArg("delivery", "d-" + recipients[i], i);
        }
        // Mail-level custom_args: SendGrid copies them into every recipient's events, under the personalization's own.
        mail.CustomArgs = new Dictionary<string, string> { ["test"] = tag, ["issue"] = "overridden-by-personalization" };
        return mail;
    }

    public sealed record ReceivedEvent(string Kind, string Email, string? Issue, string? Delivery, string? Test, string? EventId);

    public sealed record ReceivedPost(SendGridEventVerdict Verdict, IReadOnlyList<ReceivedEvent> Events);

    /// <summary>A web app with the mail sink whose Event Webhook target is its own recording endpoint, which checks
    /// signatures with the app's verifier and can answer 500 a given number of times.</summary>
    public sealed class ReceiverFixture : IAsyncLifetime
    {
        private readonly string _outbox = Path.Combine(Path.GetTempPath(), "eventwebhook-tests-" + Guid.NewGuid().ToString("N"));
        private readonly SendGridEventVerifier _verifier = new(
            Options.Create(new SendGridEventWebhookOptions { EventWebhookPublicKey = SampleSettingsPublicKey() }), TimeProvider.System);
        private WebApplication? _app;
        private int _failures;

        public ConcurrentQueue<ReceivedPost> Posts { get; } = new();
        public SendGridClient Client { get; private set; } = null!;

        public void FailNext(int count) => Interlocked.Exchange(ref _failures, count);

        public List<ReceivedEvent> EventsTagged(string tag) =>
            [.. Posts.Where(p => p.Verdict == SendGridEventVerdict.Valid).SelectMany(p => p.Events).Where(e => e.Test == tag)];

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Services.AddMailSink(_outbox);
            _app = builder.Build();
            _app.MapMailSink();
            _app.MapPost("/api/sendgrid/events", ReceiveAsync);
            await _app.StartAsync();
            var baseUrl = _app.Urls.Single();
            _app.Services.GetRequiredService<EventWebhookTarget>().Url = new Uri(baseUrl + "/api/sendgrid/events");
            Client = new SendGridClient(new SendGridClientOptions { ApiKey = "x", Host = baseUrl + "/dev/sendgrid" });
        }

        private async Task<IResult> ReceiveAsync(HttpRequest request)
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            if (Interlocked.Decrement(ref _failures) >= 0)
                return Results.StatusCode(500);
            var verdict = _verifier.Verify(body, request.Headers[SendGridEventVerifier.SignatureHeader], request.Headers[SendGridEventVerifier.TimestampHeader]);
            using var document = JsonDocument.Parse(body);
            Posts.Enqueue(new ReceivedPost(verdict, [.. document.RootElement.EnumerateArray().Select(e => new ReceivedEvent(
                e.GetProperty("event").GetString()!, e.GetProperty("email").GetString()!, Text(e, "issue"), Text(e, "delivery"), Text(e, "test"), Text(e, "sg_event_id")))]));
            return Results.Ok();
        }

        private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString() : null;

        /// <summary>The key local.settings.sample.json gives the app: the stand-in's posts must verify under it.</summary>
        private static string SampleSettingsPublicKey()
        {
            using var sample = JsonDocument.Parse(File.ReadAllText(Fixtures.TestPaths.SampleSettingsFile));
            return sample.RootElement.GetProperty("Values").GetProperty("SendGrid__EventWebhookPublicKey").GetString()!;
        }

        public async Task DisposeAsync()
        {
            if (_app is not null)
                await _app.DisposeAsync();
            if (System.IO.Directory.Exists(_outbox))
                System.IO.Directory.Delete(_outbox, recursive: true);
        }
    }
}
