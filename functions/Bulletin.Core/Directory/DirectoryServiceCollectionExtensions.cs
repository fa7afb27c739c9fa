using Bulletin.Directory.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bulletin.Directory;

public static class DirectoryServiceCollectionExtensions
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectoryStore>();
        services.AddSingleton<DirectoryImportLog>();
        services.AddSingleton<DirectoryImporter>();
        services.AddSingleton<DirectoryQuery>();
        services.AddSingleton<DirectoryStanding>();
        services.AddHostedService<DemoDirectorySeeder>();
        return services;
    }
}
