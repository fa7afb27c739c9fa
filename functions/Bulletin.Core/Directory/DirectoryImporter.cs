using Bulletin.Directory.Import;
using Bulletin.Directory.Storage;
using Microsoft.Extensions.Logging;

namespace Bulletin.Directory;

/// <summary>Replaces the directory with a file's content, all or nothing: the file is checked whole, written as a
/// new version, and made current only if no other import finished meanwhile. The same content again changes nothing.</summary>
public sealed class DirectoryImporter(DirectoryStore store, DirectoryImportLog log, TimeProvider clock, ILogger<DirectoryImporter> logger)
{
    public async Task<DirectoryImportResult> ImportAsync(Stream content, string? fileName, string? contentType, string importedBy, CancellationToken cancellationToken)
    {
        var file = DirectoryFileReader.Read(content, fileName, contentType);
        var result = file.Snapshot is { } snapshot && file.Succeeded
            ? await ReplaceAsync(snapshot, fileName ?? "", importedBy, cancellationToken)
            : new DirectoryImportResult(DirectoryImportOutcome.Invalid, null, file.Errors);

        await log.RecordAsync(new DirectoryImportRecord(clock.GetUtcNow(), result.Outcome, importedBy, fileName ?? "", result.Version?.Version,
            result.Version?.People ?? 0, result.Errors), cancellationToken);
        logger.LogInformation("Directory import of {FileName} by {ImportedBy}: {Outcome}, {ErrorCount} errors",
            fileName, importedBy, result.Outcome, result.Errors.Count);
        return result;
    }

    private async Task<DirectoryImportResult> ReplaceAsync(DirectorySnapshot snapshot, string fileName, string importedBy, CancellationToken cancellationToken)
    {
        var hash = DirectorySnapshotHash.Compute(snapshot);
        var current = await store.GetCurrentAsync(cancellationToken);
        if (current?.Version.ContentHash == hash)
            return new DirectoryImportResult(DirectoryImportOutcome.Unchanged, current.Value.Version, []);

        var now = clock.GetUtcNow();
        var version = new DirectoryVersion($"{now:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}", hash, now, importedBy, fileName,
            snapshot.Units.Count, snapshot.People.Count, snapshot.Groups.Count);
        await store.WriteVersionAsync(version.Version, snapshot, cancellationToken);
        if (!await store.TryMakeCurrentAsync(version, current?.ETag, cancellationToken))
        {
            await store.DeleteVersionAsync(version.Version, cancellationToken);
            return new DirectoryImportResult(DirectoryImportOutcome.Conflict, null, []);
        }
        if (current is { } previous)
            await DeleteQuietlyAsync(previous.Version.Version);
        return new DirectoryImportResult(DirectoryImportOutcome.Imported, version, []);
    }

    /// <summary>An old version nobody reads any more; if deleting it fails it only takes space.</summary>
    private async Task DeleteQuietlyAsync(string version)
    {
        try { await store.DeleteVersionAsync(version, CancellationToken.None); }
        catch (Azure.RequestFailedException ex) { logger.LogWarning(ex, "Old directory version {Version} was not deleted", version); }
    }
}
