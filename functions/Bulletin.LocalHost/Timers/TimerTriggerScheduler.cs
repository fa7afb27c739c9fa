using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Storage.Blobs;
using Bulletin.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Timers;

/// <summary>Runs one timer function on its schedule, with <c>runOnStartup</c> and, when <c>useMonitor</c> is on,
/// its status (last, next) kept in storage so a run missed while the host was down is made up as past due.</summary>
internal sealed class TimerTriggerScheduler(FunctionDefinition function, TimerSchedule schedule, BlobContainerClient monitorContainer,
    string hostId, FunctionInvoker invoker, TimeProvider clock, ILogger logger)
{
    private BlobClient StatusBlob => monitorContainer.GetBlobClient($"timers/{hostId}/Host.Functions.{function.Name}/status");

    public async Task RunAsync(CancellationToken stopping)
    {
        var useMonitor = function.Flag("useMonitor", whenAbsent: true);
        var status = useMonitor ? await ReadStatusAsync(stopping) : null;
        var now = clock.GetUtcNow();
        var pastDue = status?.Next is { } expected && expected < now;
        if (pastDue || function.Flag("runOnStartup", whenAbsent: false))
            status = await InvokeAsync(status, isPastDue: pastDue, useMonitor, stopping);

        while (!stopping.IsCancellationRequested)
        {
            var next = schedule.Next(clock.GetUtcNow());
            if (useMonitor)
                await WriteStatusAsync((status ?? new ScheduleStatus()) with { Next = next, LastUpdated = clock.GetUtcNow() }, stopping);
            try { await Task.Delay(Max(next - clock.GetUtcNow(), TimeSpan.Zero), clock, stopping); }
            catch (OperationCanceledException) { break; }
            status = await InvokeAsync(status, isPastDue: false, useMonitor, stopping);
        }
    }

    /// <summary>Runs the function now, as <c>POST /admin/functions/{name}</c> asks.</summary>
    public Task RunNowAsync(CancellationToken cancellationToken) => InvokeAsync(null, false, useMonitor: false, cancellationToken);

    private async Task<ScheduleStatus> InvokeAsync(ScheduleStatus? previous, bool isPastDue, bool useMonitor, CancellationToken stopping)
    {
        var now = clock.GetUtcNow();
        var status = new ScheduleStatus { Last = previous?.Next ?? now, Next = schedule.Next(now), LastUpdated = now };
        var timerInfo = JsonSerializer.Serialize(new { Schedule = new { AdjustForDST = true }, ScheduleStatus = status, IsPastDue = isPastDue });
        try
        {
            await invoker.InvokeAsync(function, new TypedData { Json = timerInfo }, cancellationToken: stopping);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogError("Timer {Function} could not run: {Error}", function.Name, ex.Message);
        }
        if (useMonitor)
            await WriteStatusAsync(status, stopping);
        return status;
    }

    private async Task<ScheduleStatus?> ReadStatusAsync(CancellationToken cancellationToken)
    {
        await monitorContainer.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        var blob = StatusBlob;
        if (!await blob.ExistsAsync(cancellationToken))
            return null;
        var content = await blob.DownloadContentAsync(cancellationToken);
        return content.Value.Content.ToObjectFromJson<ScheduleStatus>();
    }

    private async Task WriteStatusAsync(ScheduleStatus status, CancellationToken cancellationToken)
    {
        try { await StatusBlob.UploadAsync(BinaryData.FromObjectAsJson(status), overwrite: true, cancellationToken); }
        catch (OperationCanceledException) { }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The monitor record, in the shape the Timer extension stores and the worker's TimerInfo reads.</summary>
    private sealed record ScheduleStatus
    {
        [JsonPropertyName("Last")] public DateTimeOffset Last { get; init; }
        [JsonPropertyName("Next")] public DateTimeOffset Next { get; init; }
        [JsonPropertyName("LastUpdated")] public DateTimeOffset LastUpdated { get; init; }
    }
}
