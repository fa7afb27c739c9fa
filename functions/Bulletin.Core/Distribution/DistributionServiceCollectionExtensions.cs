using Bulletin.Distribution.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Distribution;

public static class DistributionServiceCollectionExtensions
{
    /// <summary>The aliases setting (validated at start), the planner, the delivery ledger and the sending steps; needs <c>AddDirectory</c>, <c>AddBulletinMail</c> and <c>AddIssues</c>.</summary>
    public static IServiceCollection AddDistribution(this IServiceCollection services)
    {
        services.AddOptions<DistributionOptions>().BindConfiguration(DistributionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DistributionPlanner>();
        services.AddDeliveryLedger();
        services.AddSingleton<DistributionQueues>();
        services.AddTransient<DistributionStarter>();
        services.AddTransient<DistributionBatchSender>();
        services.AddTransient<DeliveryReports>();
        return services;
    }
}
