using System.Reflection;
using Bulletin.Mail;
using Bulletin.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Health;

/// <summary>Checks storage and mail configuration for the health endpoint.</summary>
public sealed class HealthCheck(StorageProbe storage, IOptions<MailOptions> mail)
{
    private static readonly string Version =
        typeof(HealthCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<HealthReport> RunAsync(CancellationToken cancellationToken)
    {
        var error = await storage.ProblemAsync(cancellationToken);
        var mailOptions = mail.Value;
        var mailConfigured = !string.IsNullOrWhiteSpace(mailOptions.ApiKey) && !string.IsNullOrWhiteSpace(mailOptions.FromAddress);
        var mailHost = string.IsNullOrWhiteSpace(mailOptions.Host) ? "https://api.sendgrid.com" : mailOptions.Host;
        var report = new HealthReport("", error is null, error, mailConfigured, mailHost, Version);
        return report with { Status = report.IsHealthy ? "healthy" : "unhealthy" };
    }
}
