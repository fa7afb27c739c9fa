using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Security;

public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddLinks(this IServiceCollection services)
    {
        services.AddOptions<LinkOptions>().BindConfiguration(LinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<FormProof>();
        return services;
    }
}
