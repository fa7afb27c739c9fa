using System.Reflection;
using Azure.Storage.Blobs;
using Bulletin.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bulletin.Health;

/// <summary>Checks storage and mail configuration for the health endpoint.</summary>
public sealed class HealthCheck(BlobServiceClient blobs, IOptions<MailOptions> mail, ILogger<HealthCheck> logger)
{
    private static readonly string Version =
        typeof(HealthCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<HealthReport> RunAsync(CancellationToken cancellationToken)
    {
        var (reachable, error) = await ProbeStorageAsync(cancellationToken);
        var mailOptions = mail.Value;
        var mailConfigured = !string.IsNullOrWhiteSpace(mailOptions.ApiKey) && !string.IsNullOrWhiteSpace(mailOptions.FromAddress);
        var mailHost = string.IsNullOrWhiteSpace(mailOptions.Host) ? "https://api.sendgrid.com" : mailOptions.Host;
        var report = new HealthReport("", reachable, error, mailConfigured, mailHost, Version);
        return report with { Status = report.IsHealthy ? "healthy" : "unhealthy" };
    }

    private async Task<(bool, string?)> ProbeStorageAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await blobs.GetPropertiesAsync(timeout.Token);
            return (true, null);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            // The caller sees a category, never the exception text: it can carry account details.
            logger.LogWarning(ex, "Storage probe failed");
            return (false, ex is OperationCanceledException ? "timeout" : "unreachable");
        }
    }
}
