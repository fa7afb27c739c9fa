using Bulletin.Issues.Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Issues.Archive;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>The archive of published issues and its signed links; needs <c>AddIssues</c> and <c>AddLinks</c>.</summary>
    public static IServiceCollection AddIssueArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(BulletinOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IssueArchive>();
        services.AddSingleton<IssueArchiveLinks>();
        services.AddSingleton<IssueSearchIndex>();
        services.AddSingleton<IIssuePublicationFollower>(provider => provider.GetRequiredService<IssueSearchIndex>());
        services.AddSingleton<PublishedIssueCache>();
        services.AddSingleton<IssueTextSearch>();
        services.AddSingleton<IssueSearchIndexRebuild>();
        return services;
    }
}
