using Bulletin.Distribution.Delivery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Distribution.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The delivery ledger SendGrid's events update; needs <c>AddBulletinStorage</c>.</summary>
    public static IServiceCollection AddDeliveryLedger(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DeliveryBatchStore>();
        services.TryAddSingleton<DeliveryLedger>();
        services.TryAddSingleton<RejectedDeliveryEvents>();
        return services;
    }
}
