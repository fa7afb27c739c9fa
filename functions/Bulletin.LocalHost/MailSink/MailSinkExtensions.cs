using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.LocalHost.MailSink;

/// <summary>Wires the local SendGrid stand-in: the v3 mail/send API, the outbox it fills, throttle mode and the
/// signed Event Webhook posts (to <see cref="EventWebhookTarget.Url"/>, once someone sets it).</summary>
public static class MailSinkExtensions
{
    /// <summary>Registers the mail sink; <paramref name="outboxDirectory"/> keeps accepted mails as files (survives restarts).</summary>
    public static IServiceCollection AddMailSink(this IServiceCollection services, string outboxDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outboxDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new OutboxStore(
            outboxDirectory,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<OutboxStore>>()));
        services.AddSingleton<MailSendThrottle>();
        services.AddSingleton<EventWebhookTarget>();
        services.AddSingleton<EventWebhookPoster>();
        services.AddHostedService(provider => provider.GetRequiredService<EventWebhookPoster>());
        return services;
    }

    /// <summary>
    /// Maps <c>POST /dev/sendgrid/v3/mail/send</c> (point <c>SendGridClientOptions.Host</c> at <c>{host}/dev/sendgrid</c>),
    /// <c>POST /dev/sendgrid/throttle</c>, <c>GET /dev/outbox.json</c>, <c>DELETE /dev/outbox</c> and the outbox pages under <c>GET /dev/outbox</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapMailSink(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/dev/sendgrid/v3/mail/send", MailSendEndpoint.HandleAsync);
        endpoints.MapPost("/dev/sendgrid/throttle", ThrottleEndpoint.HandleAsync);
        endpoints.MapGet("/dev/sendgrid/throttle", ThrottleEndpoint.Get);
        endpoints.MapGet("/dev/outbox.json", OutboxEndpoints.ListAsJsonAsync);
        endpoints.MapDelete("/dev/outbox", OutboxEndpoints.Clear);
        endpoints.MapGet("/dev/outbox", OutboxEndpoints.ListPageAsync);
        endpoints.MapGet("/dev/outbox/{id}", OutboxEndpoints.MailPageAsync);
        endpoints.MapGet("/dev/outbox/{id}/attachments/{index:int}", OutboxEndpoints.AttachmentAsync);
        return endpoints;
    }
}
