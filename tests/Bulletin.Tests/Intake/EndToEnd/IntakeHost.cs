using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Azure.Data.Tables;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Intake.EndToEnd;

/// <summary>What the intake tests do to the local host: post as SendGrid does, and read submissions and quarantine.</summary>
internal static class IntakeHost
{
    public const string InboundSecret = "local-inbound-secret-not-for-azure";

    public static Task<HttpResponseMessage> PostInboundAsync(this LocalHostFixture app, SendGridPayloadBuilder payload, string? secret = InboundSecret)
    {
        var content = new ByteArrayContent(payload.Build());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(payload.ContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/inbound/sendgrid") { Content = content };
        if (secret is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"sendgrid:{secret}")));
        return app.Http.SendAsync(request);
    }

    /// <summary>Posts an article as SendGrid would and waits until it is registered; returns the stored submission.</summary>
    public static async Task<TableEntity> SubmitByMailAsync(this LocalHostFixture app, string from, string title, string text)
    {
        var mail = SendGridPayloadBuilder.Parsed(from, title, $"{title}\n\n{text}", headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", from));
        Assert.Equal(HttpStatusCode.OK, (await app.PostInboundAsync(mail)).StatusCode);
        return (await Eventually.GetAsync(() => app.SubmissionsAsync(from), all => all.Any(s => s.GetString("Title") == title), because: "the submission is registered"))
            .Single(s => s.GetString("Title") == title);
    }

    public static string Headers(string messageId, string from) =>
        $"Message-ID: <{messageId}>\r\nFrom: {from}\r\nTo: tougao@parse.example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n";

    public static async Task<List<TableEntity>> SubmissionsAsync(this LocalHostFixture app, string? submitterEmail = null)
    {
        var table = app.Tables.GetTableClient("submissions");
        await table.CreateIfNotExistsAsync();
        var all = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
            if (submitterEmail is null || entity.GetString("SubmitterEmail") == submitterEmail)
                all.Add(entity);
        return all;
    }

    public static async Task<List<TableEntity>> QuarantineAsync(this LocalHostFixture app, string from)
    {
        var table = app.Tables.GetTableClient("quarantine");
        await table.CreateIfNotExistsAsync();
        var held = new List<TableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
            if (entity.GetString("FromAddress") == from)
                held.Add(entity);
        return held;
    }
}
