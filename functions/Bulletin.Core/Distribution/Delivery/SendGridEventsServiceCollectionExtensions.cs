using Bulletin.Distribution.Delivery.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Distribution.Delivery;

public static class SendGridEventsServiceCollectionExtensions
{
    /// <summary>SendGrid's signed Event Webhook: the public key setting (checked at start when set), verifier, store
    /// and receiver; needs <c>AddBulletinStorage</c> and the ledger (<c>AddDistribution</c>).</summary>
    public static IServiceCollection AddSendGridEvents(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SendGridEventWebhookOptions>().BindConfiguration(SendGridEventWebhookOptions.Section)
            .Validate(options => string.IsNullOrWhiteSpace(options.EventWebhookPublicKey)
                || SendGridEventVerifier.TryParsePublicKey(options.EventWebhookPublicKey) is not null,
                SendGridEventVerifier.BadKeyMessage)
            .ValidateOnStart();
        services.AddSingleton<SendGridEventVerifier>();
        services.AddSingleton<SendGridEventStore>();
        services.AddTransient<SendGridEventReceiver>();
        return services;
    }
}
