using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;

namespace Bulletin.Functions.Pipeline;

/// <summary>The worker middleware: for HTTP functions errors answered outermost, then the caller checked; for queue functions
/// each failure recorded so the poison list can say why.</summary>
public static class PipelineExtensions
{
    public static IFunctionsWorkerApplicationBuilder UseBulletinPipeline(this IFunctionsWorkerApplicationBuilder builder) =>
        builder.UseWhen<ErrorMiddleware>(CallerRules.IsHttp).UseWhen<CallerMiddleware>(CallerRules.IsHttp)
            .UseWhen<QueueFailureRecorder>(QueueFailureRecorder.IsQueueFunction);
}
