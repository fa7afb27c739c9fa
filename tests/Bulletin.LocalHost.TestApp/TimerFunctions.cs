using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.LocalHost.TestApp;

public sealed class TimerFunctions(BlobContainerClient records)
{
    [Function(nameof(EverySecond))]
    public Task EverySecond([TimerTrigger("*/1 * * * * *")] TimerInfo timer) => Record("ticks", timer);

    [Function(nameof(Yearly))]
    public Task Yearly([TimerTrigger("0 0 0 1 1 *", RunOnStartup = true)] TimerInfo timer) => Record("yearly", timer);

    private async Task Record(string prefix, TimerInfo timer)
    {
        await records.CreateIfNotExistsAsync();
        await records.UploadBlobAsync($"{prefix}/{DateTime.UtcNow.Ticks}-{Guid.NewGuid():N}",
            BinaryData.FromObjectAsJson(new { timer.IsPastDue, next = timer.ScheduleStatus?.Next }));
    }
}
