namespace Bulletin.Health;

/// <summary>What <c>GET /api/health</c> answers: whether the app can do its work right now. <see cref="UnresolvedSecrets"/>
/// names each secret setting that still holds its Key Vault reference's text (what needs it is refused meanwhile).</summary>
public sealed record HealthReport(string Status, bool StorageReachable, string? StorageError, bool MailConfigured, string MailHost, string Version,
    IReadOnlyList<string> UnresolvedSecrets, string? SecretsAdvice)
{
    public bool IsHealthy => StorageReachable && MailConfigured && UnresolvedSecrets.Count == 0;
}
