using System.Globalization;
using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// Keeps accepted mails as one JSON file each (<c>{id}.json</c>) so they survive restarts;
/// file names sort by receive time.
/// </summary>
internal sealed class OutboxStore
{
    private const string Extension = ".json";
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private readonly OutboxIdClock clock;
    private readonly ILogger<OutboxStore> logger;

    public OutboxStore(string directory, TimeProvider time, ILogger<OutboxStore> logger)
    {
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
        clock = new OutboxIdClock(time);
        this.logger = logger;
        if (ListIds().LastOrDefault() is { } newest && OutboxIdClock.TryParseId(newest, out var newestAt))
            clock.NotBefore(newestAt);
    }

    public string Directory { get; }

    /// <summary>Stores a request body that is already known to be a JSON object; returns its entry.</summary>
    public async Task<OutboxEntry> SaveAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        if (request.Span.StartsWith(Utf8Bom))
            request = request[Utf8Bom.Length..];
        while (true)
        {
            var receivedAt = clock.Next();
            var id = OutboxIdClock.IdOf(receivedAt);
            var file = Render(id, receivedAt, request);
            // Write aside, then move into place: readers never see half a file.
            var temporary = Path.Combine(Directory, $"{id}.{Guid.NewGuid():N}.tmp");
            await File.WriteAllBytesAsync(temporary, file, cancellationToken);
            try
            {
                File.Move(temporary, PathOf(id), overwrite: false);
                return new OutboxEntry(id, receivedAt, JsonDocument.Parse(request).RootElement.Clone());
            }
            catch (IOException) when (File.Exists(PathOf(id)))
            {
                // Another process sharing the directory took this id; take the next one.
                File.Delete(temporary);
                logger.LogDebug("Outbox id {MessageId} already taken, retrying", id);
            }
        }
    }

    /// <summary>Ids of stored mails, oldest first.</summary>
    public IReadOnlyList<string> ListIds() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*" + Extension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(id => OutboxIdClock.TryParseId(id, out _))
            .Order(StringComparer.Ordinal)];

    public async Task<OutboxEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var bytes = await ReadAsync(id, cancellationToken);
        if (bytes is null)
            return null;
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var receivedAt = DateTimeOffset.Parse(root.GetProperty("receivedAt").GetString()!, CultureInfo.InvariantCulture);
        return new OutboxEntry(id, receivedAt, root.GetProperty("request").Clone());
    }

    /// <summary>All entries, oldest first, as one JSON array; each file is copied byte for byte.</summary>
    public async Task CopyAllAsJsonArrayAsync(Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync("["u8.ToArray(), cancellationToken);
        var first = true;
        foreach (var id in ListIds())
        {
            if (await ReadAsync(id, cancellationToken) is not { } bytes)
                continue;
            if (!first)
                await output.WriteAsync(","u8.ToArray(), cancellationToken);
            await output.WriteAsync(bytes, cancellationToken);
            first = false;
        }
        await output.WriteAsync("]"u8.ToArray(), cancellationToken);
    }

    /// <summary>Deletes every stored mail; returns how many there were.</summary>
    public int Clear()
    {
        var deleted = 0;
        foreach (var id in ListIds())
        {
            File.Delete(PathOf(id));
            deleted++;
        }
        return deleted;
    }

    private async Task<byte[]?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        if (!OutboxIdClock.TryParseId(id, out _))
            return null;
        try
        {
            return await File.ReadAllBytesAsync(PathOf(id), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // Deleted by a concurrent clear.
            return null;
        }
    }

    private string PathOf(string id) => Path.Combine(Directory, id + Extension);

    private static byte[] Render(string id, DateTime receivedAt, ReadOnlyMemory<byte> request)
    {
        using var buffer = new MemoryStream(request.Length + 128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("receivedAt", receivedAt.ToString("O", CultureInfo.InvariantCulture));
            writer.WritePropertyName("request");
            // The body exactly as received; it was parsed before it got here.
            writer.WriteRawValue(request.Span, skipInputValidation: true);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
