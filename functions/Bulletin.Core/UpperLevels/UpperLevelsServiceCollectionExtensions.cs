using Bulletin.UpperLevels.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.UpperLevels;

public static class UpperLevelsServiceCollectionExtensions
{
    /// <summary>Upper-level adoptions and 领导批示: settings (validated at start), records, audit, mails, 落实情况 links and
    /// reminders; needs <c>AddIntake</c>, <c>AddDirectory</c>, <c>AddDistribution</c>, <c>AddStatistics</c> and <c>AddBulletinMail</c>.</summary>
    public static IServiceCollection AddUpperLevels(this IServiceCollection services)
    {
        services.AddOptions<UpperLevelOptions>().BindConfiguration(UpperLevelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<UpperRecordStore>();
        services.AddSingleton<UpperAuditLog>();
        services.AddSingleton<InstructionLinks>();
        services.AddTransient<UpperMailer>();
        services.AddTransient<UpperRecordService>();
        services.AddTransient<InstructionReminderService>();
        services.AddSingleton<Forwarding.ForwardLog>();
        services.AddTransient<Forwarding.ForwardService>();
        return services;
    }
}
