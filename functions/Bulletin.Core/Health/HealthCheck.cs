using System.Reflection;
using Bulletin.Intake;
using Bulletin.Intake.Storage;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.Mail;
using Bulletin.Security;
using Bulletin.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Bulletin.Health;

/// <summary>Checks storage, mail configuration and the secret settings for the health endpoint.</summary>
public sealed class HealthCheck(StorageProbe storage, IOptions<MailOptions> mail, IConfiguration configuration, OfficeFonts fonts)
{
    private static readonly string Version =
        typeof(HealthCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    // Where published issues go, where mail arrives, and what submissions are: ones every deployment uses.
    private static readonly StorageProbeTargets Probed = new(IssueDocumentStore.ContainerName, IntakeQueues.InboundMail, SubmissionStore.TableName);

    public async Task<HealthReport> RunAsync(CancellationToken cancellationToken)
    {
        var error = await storage.ProblemAsync(Probed, cancellationToken);
        var mailOptions = mail.Value;
        var mailConfigured = !string.IsNullOrWhiteSpace(mailOptions.ApiKey) && !SecretSettings.IsUnresolvedReference(mailOptions.ApiKey)
            && !string.IsNullOrWhiteSpace(mailOptions.FromAddress);
        var mailHost = string.IsNullOrWhiteSpace(mailOptions.Host) ? "https://api.sendgrid.com" : mailOptions.Host;
        var unresolved = SecretSettings.Unresolved(configuration);
        var report = new HealthReport("", error is null, error, mailConfigured, mailHost, Version, unresolved, Advice(unresolved)) { Fonts = fonts.InUse };
        return report with { Status = report.IsHealthy ? "healthy" : "unhealthy" };
    }

    private static string? Advice(IReadOnlyList<string> unresolved) => unresolved.Count == 0 ? null :
        $"These settings are unresolved Key Vault references, so what needs them is refused: {string.Join(", ", unresolved)}. " +
        $"Set the Key Vault secrets {string.Join(", ", unresolved.Select(s => s.Replace("__", "--", StringComparison.Ordinal)))} " +
        "and refresh the app's Key Vault references (infra/README.md, secrets and rotation).";
}
