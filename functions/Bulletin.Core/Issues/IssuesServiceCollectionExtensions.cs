using Bulletin.Issues.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Issues;

public static class IssuesServiceCollectionExtensions
{
    /// <summary>Issue numbering, the issue table and the write-once documents; needs <c>AddBulletinStorage</c>.</summary>
    public static IServiceCollection AddIssues(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IssueNumberAllocator>();
        services.AddSingleton<IssueStore>();
        services.AddSingleton<IssueDocumentStore>();
        services.AddSingleton<IssuePublisher>();
        return services;
    }
}
