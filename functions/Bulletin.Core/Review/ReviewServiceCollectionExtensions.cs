using Bulletin.Intake;
using Bulletin.Review.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Review;

public static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReviewLinks>();
        services.AddSingleton<ReviewFormProof>();
        services.AddSingleton<ReviewAuditLog>();
        services.AddSingleton<ReviewMailLog>();
        services.AddTransient<SubmitterNotices>();
        services.AddTransient<ReviewDecisionService>();
        services.AddTransient<ReviewMailDispatcher>();
        services.AddSingleton<ReviewReplyStore>();
        services.AddTransient<IInboundMailHandler, ReviewReplyHandler>();
        services.AddTransient<IResubmissionFinder, ResubmissionFinder>();
        services.AddSingleton<ReviewReminderLog>();
        services.AddTransient<ReviewReminderService>();
        return services;
    }
}
