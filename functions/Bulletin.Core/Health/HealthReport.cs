using Bulletin.Issues;

namespace Bulletin.Health;

/// <summary>What <c>GET /api/health</c> answers: whether the app can do its work right now. <see cref="UnresolvedSecrets"/>
/// names each secret setting that still holds its Key Vault reference's text (what needs it is refused meanwhile).
/// <see cref="Fonts"/> says which face each part of the PDF is set in as of the last font check, and why an office's font
/// file was refused (informational: it does not make the app unhealthy).</summary>
public sealed record HealthReport(string Status, bool StorageReachable, string? StorageError, bool MailConfigured, string MailHost, string Version,
    IReadOnlyList<string> UnresolvedSecrets, string? SecretsAdvice)
{
    public IReadOnlyList<IssueFontInUse> Fonts { get; init; } = [];

    public bool IsHealthy => StorageReachable && MailConfigured && UnresolvedSecrets.Count == 0;
}
