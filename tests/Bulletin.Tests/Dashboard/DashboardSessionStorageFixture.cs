using Bulletin.Dashboard;
using Bulletin.Tests.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Dashboard;

/// <summary>The dashboard's services on Azurite with the demo directory and a clock the test moves.</summary>
public sealed class DashboardSessionStorageFixture : ReviewReminderStorageFixture
{
    protected override void AddFeatures(IServiceCollection services) => services.AddDashboard();

    public DashboardSessions Sessions => Services.GetRequiredService<DashboardSessions>();
}
