using Bulletin.Issues.Notices;
using Bulletin.Issues.Publications;
using Bulletin.Issues.Publications.Storage;
using Bulletin.Issues.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Issues;

public static class IssuesServiceCollectionExtensions
{
    /// <summary>Issue numbering, the issue table and the write-once documents; the bulletin settings and the editors' desk;
    /// needs <c>AddBulletinStorage</c> and <c>AddIntake</c>.</summary>
    public static IServiceCollection AddIssues(this IServiceCollection services)
    {
        services.AddOptions<BulletinOptions>().BindConfiguration(BulletinOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IssueFontOptions>().BindConfiguration(IssueFontOptions.Section);
        services.AddSingleton<OfficeFonts>();
        services.AddHostedService<OfficeFontsWarmUp>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IssueNumberAllocator>();
        services.AddSingleton<IssueStore>();
        services.AddSingleton<IssueDocumentStore>();
        // Photos are stored by intake; a host without intake (the distribution rig) still renders issues that have them.
        services.TryAddSingleton<Bulletin.Intake.Storage.PhotoStore>();
        services.AddSingleton<IssuePhotos>();
        services.AddSingleton<IssuePublisher>();
        services.AddTransient<IssueDesk>();
        services.AddSingleton<IssueClaimStore>();
        services.AddSingleton<IssueAuditLog>();
        services.AddTransient<IssueDraftEditor>();
        services.AddTransient<IssueYearMove>();
        services.AddTransient<IssueSigners>();
        services.AddSingleton<IssueSignOffLinks>();
        services.AddSingleton<IssuePreviewQueue>();
        services.AddSingleton<IssuePreviewMailLog>();
        services.AddTransient<IssuePreviewMailer>();
        services.AddTransient<IssueLinkSignOff>();
        services.AddSingleton<SeriesStore>();
        services.AddTransient<SeriesCatalog>();
        services.AddTransient<IssueRequests>();
        services.AddSingleton<IssuePrintedNoticeLog>();
        services.AddTransient<IssuePrintedNotices>();
        services.AddTransient<IIssuePublicationFollower>(provider => provider.GetRequiredService<IssuePrintedNotices>());
        services.AddTransient<IssuePublishedQueue>();
        return services;
    }
}
