using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Dashboard;

public static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DashboardEditors>();
        services.AddSingleton<DashboardSignInLinks>();
        services.AddSingleton<DashboardSessions>();
        services.AddSingleton<SubmissionBoard>();
        services.AddTransient<SignInMailer>();
        return services;
    }
}
