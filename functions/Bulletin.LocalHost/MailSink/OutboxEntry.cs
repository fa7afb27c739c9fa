using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>One accepted mail: its id, when it arrived, and the mail/send body as received.</summary>
internal sealed record OutboxEntry(string Id, DateTimeOffset ReceivedAt, JsonElement Request);
