using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SendGrid;

namespace Bulletin.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISendGridClient"/> over IHttpClientFactory, pointed at <see cref="MailOptions.Host"/>.</summary>
    public static IServiceCollection AddBulletinMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(ISendGridClient));
        services.AddTransient<ISendGridClient>(provider =>
        {
            var mail = provider.GetRequiredService<IOptions<MailOptions>>().Value;
            var options = new SendGridClientOptions { ApiKey = mail.ApiKey };
            if (!string.IsNullOrWhiteSpace(mail.Host))
                options.Host = mail.Host.TrimEnd('/');
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ISendGridClient));
            return new SendGridClient(http, options);
        });
        services.AddTransient<MailSender>();
        services.AddTransient<BulkMailSender>();
        return services;
    }
}
