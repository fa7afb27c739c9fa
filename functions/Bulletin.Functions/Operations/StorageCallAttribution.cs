using Bulletin.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Bulletin.Functions.Operations;

/// <summary>Attributes each invocation's storage calls to its function, while <c>Storage__CountCalls</c> is on.</summary>
public sealed class StorageCallAttribution(StorageCallCounter counter) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        // The counts' own endpoint is not part of what is measured (nor "running" while it answers).
        if (context.FunctionDefinition.Name == nameof(GetStorageCalls))
        {
            await next(context);
            return;
        }
        using var _ = counter.Enter(context.FunctionDefinition.Name);
        await next(context);
    }
}
