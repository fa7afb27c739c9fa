using Bulletin.Directory.Import;
using Bulletin.Directory.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Directory;

/// <summary>At start, loads the demo directory of 上街区 into an empty directory when <see cref="DirectoryOptions.LoadDemoData"/> asks for it.</summary>
public sealed class DemoDirectorySeeder(IOptions<DirectoryOptions> options, DirectoryStore store, DirectoryImporter importer, ILogger<DemoDirectorySeeder> logger)
    : BackgroundService
{
    public const string ImportedBy = "demo data";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.LoadDemoData)
            return;
        try
        {
            if (await store.GetCurrentAsync(stoppingToken) is not null)
                return;
            await using var demo = DemoDirectory.Open();
            var result = await importer.ImportAsync(demo, DemoDirectory.FileName, "text/csv", ImportedBy, stoppingToken);
            logger.LogInformation("Demo directory loaded: {Outcome}, {People} people", result.Outcome, result.Version?.People);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Demo data is a convenience: whatever went wrong, the app runs without it and the next start tries again.
            logger.LogWarning(ex, "Demo directory not loaded");
        }
    }
}
