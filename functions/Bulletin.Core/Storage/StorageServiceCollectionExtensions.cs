using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers one Blob, Queue and Table service client for the app's storage account.</summary>
    public static IServiceCollection AddBulletinStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Read eagerly so a missing setting stops the app at start with a message naming it.
        var connection = StorageConnection.FromConfiguration(configuration);
        services.AddSingleton(connection);
        services.AddSingleton(_ => connection.UsesIdentity
            ? new BlobServiceClient(connection.BlobServiceUri, connection.Credential)
            : new BlobServiceClient(connection.ConnectionString));
        // Base64 matches what the Functions queue trigger reads by default.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        services.AddSingleton(_ => connection.UsesIdentity
            ? new QueueServiceClient(connection.QueueServiceUri, connection.Credential, queueOptions)
            : new QueueServiceClient(connection.ConnectionString, queueOptions));
        services.AddSingleton(_ => connection.UsesIdentity
            ? new TableServiceClient(connection.TableServiceUri, connection.Credential)
            : new TableServiceClient(connection.ConnectionString));
        return services;
    }
}
