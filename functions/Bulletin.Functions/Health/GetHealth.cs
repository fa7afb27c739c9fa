using Bulletin.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Health;

/// <summary><c>GET /api/health</c>: 200 when storage is reachable and mail is configured, else 503.</summary>
[CallerRule(Caller.Public)]
public sealed class GetHealth(HealthCheck check)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        var report = await check.RunAsync(cancellationToken);
        return new ObjectResult(report) { StatusCode = report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable };
    }
}
