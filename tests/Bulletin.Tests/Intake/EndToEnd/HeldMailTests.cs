using System.Net;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>Held mail through the local host: absurd fields end in quarantine (never the poison queue), and a delivery
/// repeated as SendGrid retries it is held once and answered once.</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class HeldMailTests(IntakeHostFixture app)
{
    [Fact]
    public async Task A_100_KB_subject_from_an_unknown_sender_is_held_with_its_fields_cut_and_answered_not_poisoned()
    {
        var stranger = $"stranger-{Guid.NewGuid():N}@example.net";
        var subject = "投稿" + new string('长', 100_000);
        var mail = SendGridPayloadBuilder.Parsed(stranger, subject, "一篇来自陌生地址的稿件，内容足够长，可以作为正文。", dkim: "{@example.net : pass}",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.net", stranger));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var held = await Eventually.GetAsync(async () => (await app.QuarantineListAsync()).Where(h => h["from"]?.ToString() == stranger).ToList(),
            h => h.Count > 0, because: "the mail is held");
        var record = Assert.Single(held);
        Assert.Equal("UnknownSender", record["reason"]!.ToString());
        Assert.StartsWith("投稿长长", record["subject"]!.ToString());
        Assert.EndsWith("（已截断）", record["subject"]!.ToString());
        var reply = Assert.Single(await Eventually.GetAsync(() => app.Http.MailsToAsync(stranger), m => m.Count > 0, because: "the sender is told"));
        Assert.Contains("通讯录", Outbox.TextOf(reply));
        await app.InboundProcessedAsync();
        Assert.False(await app.PoisonedAsync(record["inboundBlob"]!.ToString()));
    }

    [Fact]
    public async Task A_100_KB_unknown_sender_address_is_held_and_listed_not_poisoned()
    {
        var marker = Guid.NewGuid().ToString("N");
        var stranger = marker + new string('a', 100_000) + "@example.net";
        var mail = SendGridPayloadBuilder.Parsed(stranger, "投稿 " + marker, "一篇来自超长地址的稿件，内容足够长，可以作为正文。", dkim: "{@example.net : pass}",
            headers: IntakeHost.Headers($"{marker}@example.net", stranger));

        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);

        var record = Assert.Single(await Eventually.GetAsync(async () =>
            (await app.QuarantineListAsync()).Where(h => h["subject"]?.ToString() == "投稿 " + marker).ToList(), h => h.Count > 0, because: "the mail is held"));
        Assert.Equal("UnknownSender", record["reason"]!.ToString());
        Assert.StartsWith(marker, record["from"]!.ToString());
        Assert.True(record["from"]!.ToString().Length < 1_000, "the stored address is cut to a bounded length");
        await app.InboundProcessedAsync();
        Assert.False(await app.PoisonedAsync(record["inboundBlob"]!.ToString()));
    }

    [Fact]
    public async Task The_same_held_mail_delivered_twice_with_its_Message_ID_is_held_once_and_answered_once()
    {
        var stranger = $"stranger-{Guid.NewGuid():N}@example.net";
        var mail = SendGridPayloadBuilder.Parsed(stranger, "投稿", "一篇来自陌生地址的稿件，内容足够长，可以作为正文。", dkim: "{@example.net : pass}",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.net", stranger));

        await DeliverTwiceAsync(mail);

        Assert.Single(await app.QuarantineAsync(stranger));
        Assert.Single(await app.Http.MailsToAsync(stranger));
    }

    [Fact]
    public async Task The_same_held_mail_without_a_Message_ID_delivered_twice_is_held_once_and_answered_once()
    {
        // As sendgrid-python's sample payloads: a headers field without Message-ID, so only the request's bytes identify the mail.
        var stranger = $"stranger-{Guid.NewGuid():N}@example.net";
        var mail = SendGridPayloadBuilder.Parsed(stranger, "投稿", "一篇来自陌生地址的稿件，内容足够长，可以作为正文。", dkim: "{@example.net : pass}",
            headers: $"MIME-Version: 1.0\r\nFrom: {stranger}\r\nTo: tougao@parse.example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=UTF-8\r\n");

        await DeliverTwiceAsync(mail);

        Assert.Single(await app.QuarantineAsync(stranger));
        Assert.Single(await app.Http.MailsToAsync(stranger));
    }

    /// <summary>Posts the same bytes twice, as SendGrid retries a post it saw no answer to, and waits until both are processed.</summary>
    private async Task DeliverTwiceAsync(SendGridPayloadBuilder mail)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        await app.InboundProcessedAsync();
    }
}
