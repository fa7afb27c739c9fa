using Bulletin.Intake.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Intake;

public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<InboundOptions>().BindConfiguration(InboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InboundBasicAuth>();
        services.AddSingleton<InboundMailStore>();
        services.AddSingleton<InboundMailReception>();
        services.AddSingleton<SubmissionVisibility>();
        services.AddSingleton<SubmissionStore>();
        services.TryAddSingleton<PhotoStore>();
        services.AddSingleton<QuarantineStore>();
        services.AddTransient<SubmissionRegistrar>();
        services.AddTransient<InboundMailHolder>();
        services.AddTransient<InboundMailProcessor>();
        services.AddSingleton<UnitSubmissionLinks>();
        services.AddTransient<UploadIntake>();
        services.TryAddTransient<ISolicitationAnswers, NoSolicitationAnswers>();
        return services;
    }
}
