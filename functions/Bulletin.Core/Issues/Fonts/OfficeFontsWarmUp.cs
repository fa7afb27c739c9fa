using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bulletin.Issues;

/// <summary>Takes the office's font files at start, so the first publication lists nothing and health names the faces at once.</summary>
public sealed class OfficeFontsWarmUp(OfficeFonts fonts, ILogger<OfficeFontsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await fonts.RefreshAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The first publication checks again; until then the carried faces serve.
            logger.LogWarning(ex, "The office fonts were not checked at start");
        }
    }
}
