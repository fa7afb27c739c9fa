using Bulletin.Operations.PoisonMessages.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Bulletin.Functions.Pipeline;

/// <summary>Worker middleware for queue functions: records why a message failed (type and first line of the exception,
/// keyed by the message text) so the poison list can say why, then lets the exception through so the host retries and,
/// after the last try, moves the message to the poison queue. A message that succeeds after failing is forgotten.</summary>
internal sealed class QueueFailureRecorder(QueueFailureLog failures, ILogger<QueueFailureRecorder> logger) : IFunctionsWorkerMiddleware
{
    public static bool IsQueueFunction(FunctionContext context) =>
        context.FunctionDefinition.InputBindings.Values.Any(b => string.Equals(b.Type, "queueTrigger", StringComparison.OrdinalIgnoreCase));

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var data = context.BindingContext.BindingData;
        var body = data.GetValueOrDefault("QueueTrigger")?.ToString() ?? "";
        var dequeueCount = long.TryParse(data.GetValueOrDefault("DequeueCount")?.ToString(), out var count) ? count : 1;
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            try
            {
                await failures.RecordAsync(context.FunctionDefinition.Name, body, dequeueCount, ex, CancellationToken.None);
            }
            catch (Exception recording)
            {
                logger.LogWarning(recording, "Could not record the failure of {Function}", context.FunctionDefinition.Name);
            }
            throw;
        }
        if (dequeueCount > 1)
            await ForgetAsync(context.FunctionDefinition.Name, body);
    }

    private async Task ForgetAsync(string function, string body)
    {
        try
        {
            await failures.ForgetAsync(body, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The step succeeded; a stale failure row only shows if the same text ever lands in a poison queue.
            logger.LogWarning(ex, "Could not forget the earlier failure of {Function}", function);
        }
    }
}
