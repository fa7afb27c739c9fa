using Bulletin.Distribution.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Distribution;

public static class DistributionServiceCollectionExtensions
{
    /// <summary>The aliases setting (validated at start) and the planner; needs <c>AddDirectory</c>.</summary>
    public static IServiceCollection AddDistribution(this IServiceCollection services)
    {
        services.AddOptions<DistributionOptions>().BindConfiguration(DistributionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DistributionPlanner>();
        services.AddDeliveryLedger();
        return services;
    }
}
