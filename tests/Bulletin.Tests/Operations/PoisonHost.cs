using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Intake.EndToEnd;
using Bulletin.Tests.Intake.Inbound;

namespace Bulletin.Tests.Operations;

/// <summary>The bulletin app in a host of its own where a failed queue message is tried again at once (as the app setting
/// <c>AzureFunctionsJobHost__extensions__queues__visibilityTimeout</c> does in Azure), so five failures take a moment.</summary>
public sealed class PoisonHostFixture : BulletinAppFixture
{
    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>
    {
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:00",
    };
}

[CollectionDefinition(nameof(PoisonHostCollection))]
public sealed class PoisonHostCollection : ICollectionFixture<PoisonHostFixture>;

/// <summary>What the poison tests do: queue an inbound-mail message whose stored request is missing (it fails on every try,
/// as a request lost from storage would), read the poison list, and put the request in place as the fix.</summary>
internal static class PoisonHost
{
    public const string Submitter = "xinanlu.xinxi@example.org";

    /// <summary>Queues a delivery naming a stored request that is not there; returns it and the request to store as the fix.</summary>
    public static async Task<(InboundDelivery Delivery, SendGridPayloadBuilder Fix)> QueueMailWithoutStoredRequestAsync(this PoisonHostFixture app, string title)
    {
        var fix = SendGridPayloadBuilder.Parsed(Submitter, "【报送】" + title, $"{title}\n\n近日，新安路街道开展了一次活动。",
            headers: IntakeHost.Headers($"{Guid.NewGuid():N}@example.org", Submitter));
        var now = DateTimeOffset.UtcNow;
        var delivery = new InboundDelivery($"{now:yyyy/MM/dd}/{now:HHmmssfff}-{Guid.NewGuid():N}.multipart", fix.ContentType, now);
        var queue = app.Queues.GetQueueClient(IntakeQueues.InboundMail);
        await queue.CreateIfNotExistsAsync();
        await queue.SendMessageAsync(JsonSerializer.Serialize(delivery));
        return (delivery, fix);
    }

    public static async Task StoreRequestAsync(this PoisonHostFixture app, InboundDelivery delivery, SendGridPayloadBuilder payload)
    {
        var container = app.Blobs.GetBlobContainerClient("inbound");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(delivery.BlobName).UploadAsync(new BinaryData(payload.Build()));
    }

    /// <summary><c>GET /api/intake/quarantine?include=poison</c> as an operator.</summary>
    public static async Task<JsonObject> QuarantineWithPoisonAsync(this PoisonHostFixture app)
    {
        var answer = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/intake/quarantine?include=poison");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>Waits until the delivery's message is in the poison list (after its fifth failure); returns its entry.</summary>
    public static async Task<JsonNode> PoisonEntryAsync(this PoisonHostFixture app, InboundDelivery delivery) =>
        (await Eventually.GetAsync(async () => Entry(await app.QuarantineWithPoisonAsync(), delivery), entry => entry is not null,
            TimeSpan.FromSeconds(60), because: "the message fails five times and lands in inbound-mail-poison"))!;

    public static JsonNode? Entry(JsonObject list, InboundDelivery delivery) =>
        list["poison"]!.AsArray().FirstOrDefault(m => m!["inboundBlob"]?.ToString() == delivery.BlobName);

    public static Task<HttpResponseMessage> ActAsOperatorAsync(this PoisonHostFixture app, string id, string action) =>
        app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/operations/poison/{IntakeQueues.InboundMail}/{Uri.EscapeDataString(id)}/{action}?by=tests");

    /// <summary>The audit of actions on poison message <paramref name="id"/>.</summary>
    public static async Task<List<TableEntity>> PoisonAuditAsync(this PoisonHostFixture app, string id)
    {
        var table = app.Tables.GetTableClient("poisonaudit");
        await table.CreateIfNotExistsAsync();
        var entries = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"MessageId eq {id}")))
            entries.Add(e);
        return entries;
    }
}
