namespace Bulletin.Health;

/// <summary>What <c>GET /api/health</c> answers: whether the app can do its work right now.</summary>
public sealed record HealthReport(string Status, bool StorageReachable, string? StorageError, bool MailConfigured, string MailHost, string Version)
{
    public bool IsHealthy => StorageReachable && MailConfigured;
}
