using Bulletin.Statistics.Reports.Storage;
using Bulletin.Statistics.Reports;
using Bulletin.Statistics.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Statistics;

public static class StatisticsServiceCollectionExtensions
{
    /// <summary>The points setting (validated at start), the facts table fed by intake, review and issues, the
    /// statistics query, the rebuild and the monthly report; needs <c>AddDirectory</c>, <c>AddIntake</c>, <c>AddIssues</c> and <c>AddBulletinMail</c>.</summary>
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<StatisticsFactStore>();
        services.AddSingleton<StatisticsRecorder>();
        services.AddSingleton<IStatisticsFeed>(provider => provider.GetRequiredService<StatisticsRecorder>());
        services.AddTransient<StatisticsService>();
        services.AddTransient<StatisticsRebuilder>();
        services.AddSingleton<AdoptionReportStore>();
        services.AddSingleton<AdoptionReportLog>();
        services.AddTransient<AdoptionReportMaker>();
        services.AddTransient<AdoptionReportService>();
        return services;
    }
}
