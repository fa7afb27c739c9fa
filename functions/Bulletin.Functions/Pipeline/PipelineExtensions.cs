using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;

namespace Bulletin.Functions.Pipeline;

/// <summary>The worker middleware of HTTP functions: errors answered outermost, then the caller checked.</summary>
public static class PipelineExtensions
{
    public static IFunctionsWorkerApplicationBuilder UseBulletinPipeline(this IFunctionsWorkerApplicationBuilder builder) =>
        builder.UseWhen<ErrorMiddleware>(CallerRules.IsHttp).UseWhen<CallerMiddleware>(CallerRules.IsHttp);
}
