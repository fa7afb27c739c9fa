using Bulletin.Dashboard.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<DashboardOptions>().BindConfiguration(DashboardOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SignInCounters>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DashboardEditors>();
        services.AddSingleton<DashboardSignInLinks>();
        services.AddSingleton<DashboardSessions>();
        services.AddSingleton<SubmissionBoard>();
        services.AddTransient<SignInMailer>();
        return services;
    }
}
