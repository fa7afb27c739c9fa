using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
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

    /// <summary>A new signed submission link of <paramref name="unit"/>, issued with the operator key.</summary>
    public static async Task<Uri> SubmissionLinkAsync(this LocalHostFixture app, string unit)
    {
        await Eventually.GetAsync(async () => await (await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory")).Content.ReadAsStringAsync(),
            json => json.Contains(unit), because: "the demo directory is loaded");
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/units/{unit}/submission-link");
        response.EnsureSuccessStatusCode();
        return new Uri((await response.Content.ReadFromJsonAsync<JsonObject>())!["url"]!.ToString());
    }

    /// <summary>The unit's token in a submission link, which other systems use as a bearer key.</summary>
    public static string TokenOf(Uri link) => Uri.UnescapeDataString(link.Query.Split("token=")[1]);

    public static Task<HttpResponseMessage> SendAsUnitAsync(this LocalHostFixture app, HttpMethod method, string url, string unitToken, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", unitToken);
        return app.Http.SendAsync(request);
    }

    /// <summary>Waits until every delivery posted so far is processed: the count includes messages being processed (invisible).</summary>
    public static Task InboundProcessedAsync(this LocalHostFixture app) =>
        Eventually.GetAsync(async () => (await app.Queues.GetQueueClient("inbound-mail").GetPropertiesAsync()).Value.ApproximateMessagesCount,
            count => count == 0, because: "every delivery is processed");

    /// <summary>Held mail as operators see it: <c>GET /api/intake/quarantine</c> with the operator key.</summary>
    public static async Task<List<JsonNode>> QuarantineListAsync(this LocalHostFixture app)
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/intake/quarantine");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(item => item!)];
    }

    /// <summary>Whether a message that carries <paramref name="blobName"/> ended in the intake's poison queue.</summary>
    public static async Task<bool> PoisonedAsync(this LocalHostFixture app, string blobName)
    {
        var poison = app.Queues.GetQueueClient("inbound-mail-poison");
        if (!(await poison.ExistsAsync()).Value)
            return false;
        return (await poison.PeekMessagesAsync(32)).Value.Any(m => m.Body.ToString().Contains(blobName, StringComparison.Ordinal));
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
