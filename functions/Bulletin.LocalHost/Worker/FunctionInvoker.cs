using Google.Protobuf.Collections;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>Sends one invocation to the running worker and reports how it ended; throws <see cref="WorkerUnavailableException"/>
/// at once when no worker is running or when it goes away before answering.</summary>
internal sealed class FunctionInvoker(WorkerSupervisor supervisor, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger("Host.Invocations");

    /// <summary>Whether a worker is running now (false while it restarts).</summary>
    public bool IsReady => supervisor.Current is not null;

    /// <summary>Completes once a worker is running (queue listeners wait here instead of taking messages no one can run).</summary>
    public Task WhenReadyAsync(CancellationToken cancellationToken) => supervisor.WhenReadyAsync(cancellationToken);

    public async Task<InvocationResult> InvokeAsync(
        FunctionDefinition function, TypedData trigger, Action<MapField<string, TypedData>>? addTriggerMetadata = null,
        string? invocationId = null, CancellationToken cancellationToken = default)
    {
        var worker = supervisor.Current ?? throw new WorkerUnavailableException("The worker is restarting.");
        var request = new InvocationRequest
        {
            // A restarted worker may number the functions anew: ask it by its own id for the name.
            FunctionId = worker.FunctionIds.GetValueOrDefault(function.Name, function.FunctionId),
            InvocationId = invocationId ?? Guid.NewGuid().ToString(),
            // The worker reads the trace context unconditionally, as the host always sends one.
            TraceContext = new RpcTraceContext { TraceParent = NewTraceParent(), TraceState = "" },
        };
        request.InputData.Add(new ParameterBinding { Name = function.TriggerName, Data = trigger });
        addTriggerMetadata?.Invoke(request.TriggerMetadata);

        _logger.LogInformation("Executing '{Function}' (Id={InvocationId})", function.Name, request.InvocationId);
        var response = (await worker.Channel.InvokeAsync(request).WaitAsync(cancellationToken)).InvocationResponse;
        var result = new InvocationResult(response.Result.Status == StatusResult.Types.Status.Success, response.Result.Exception);
        if (result.Succeeded)
            _logger.LogInformation("Executed '{Function}' (Succeeded, Id={InvocationId})", function.Name, request.InvocationId);
        else
            _logger.LogError("Executed '{Function}' (Failed, Id={InvocationId}): {Error}\n{StackTrace}",
                function.Name, request.InvocationId, result.Exception?.Message, result.Exception?.StackTrace);
        return result;
    }

    private static string NewTraceParent() =>
        System.Diagnostics.Activity.Current?.Id ?? $"00-{System.Diagnostics.ActivityTraceId.CreateRandom()}-{System.Diagnostics.ActivitySpanId.CreateRandom()}-00";
}

internal sealed record InvocationResult(bool Succeeded, RpcException? Exception);
