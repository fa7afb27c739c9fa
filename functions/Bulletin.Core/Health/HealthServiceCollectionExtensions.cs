using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Health;

public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services) => services.AddSingleton<HealthCheck>();
}
