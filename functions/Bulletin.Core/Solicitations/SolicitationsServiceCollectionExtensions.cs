using Bulletin.Intake;
using Bulletin.Solicitations.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Solicitations;

public static class SolicitationsServiceCollectionExtensions
{
    /// <summary>Solicitations (约稿); needs <c>AddDirectory</c>, <c>AddDistribution</c>, <c>AddIntake</c> and <c>AddBulletinMail</c>.</summary>
    public static IServiceCollection AddSolicitations(this IServiceCollection services)
    {
        services.AddOptions<SolicitationOptions>().BindConfiguration(SolicitationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SolicitationStore>();
        services.AddSingleton<SolicitationAuditLog>();
        services.AddSingleton<SolicitationMailLog>();
        services.AddTransient<SolicitationDesk>();
        services.AddTransient<SolicitationMailer>();
        services.AddTransient<SolicitationReminderService>();
        // Intake registers a stand-in that answers nothing; this one replaces it.
        services.RemoveAll<ISolicitationAnswers>();
        services.AddTransient<ISolicitationAnswers, SolicitationAnswers>();
        return services;
    }
}
