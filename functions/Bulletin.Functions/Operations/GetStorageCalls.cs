using Bulletin.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Operations;

/// <summary><c>GET /api/operations/storage-calls</c> with the operator key: the storage requests counted so far per
/// function and operation; 404 unless <c>Storage__CountCalls</c> is <c>true</c>.</summary>
[CallerRule(Caller.Operator)]
public sealed class GetStorageCalls(StorageCallCounter counter)
{
    [Function(nameof(GetStorageCalls))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "operations/storage-calls")] HttpRequest request)
    {
        if (!counter.Enabled)
            return new NotFoundObjectResult(new ProblemDetails
            {
                Title = "未统计存储调用", Detail = "Storage calls are counted only when the setting Storage__CountCalls is true.",
            });
        return new OkObjectResult(counter.Read());
    }
}
