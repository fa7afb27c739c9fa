using Bulletin.Operations.PoisonMessages;
using Bulletin.Operations.PoisonMessages.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Operations;

public static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OperatorKeyVerifier>();
        services.AddTransient<TestMailSender>();
        services.AddSingleton<QueueFailureLog>();
        services.AddSingleton<PoisonAuditLog>();
        services.AddSingleton<PoisonMessageDesk>();
        return services;
    }
}
