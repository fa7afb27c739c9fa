using Bulletin.Statistics.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>The points setting (validated at start), the facts table fed by intake, review and issues, the
    /// statistics query and the rebuild; needs <c>AddDirectory</c>, <c>AddIntake</c> and <c>AddIssues</c>.</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StatisticsFactStore>();
        services.AddSingleton<StatisticsRecorder>();
        services.AddSingleton<IStatisticsFeed>(provider => provider.GetRequiredService<StatisticsRecorder>());
        services.AddTransient<StatisticsService>();
        services.AddTransient<StatisticsRebuilder>();
        return services;
    }
}
