using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers one Blob, Queue and Table service client for the app's storage account; with
    /// <c>Storage__CountCalls</c> set, each counts its requests in the <see cref="StorageCallCounter"/>.</summary>
    public static IServiceCollection AddBulletinStorage(this IServiceCollection services, IConfiguration configuration)
    {
        // Read eagerly so a missing setting stops the app at start with a message naming it.
        var connection = StorageConnection.FromConfiguration(configuration);
        var counter = new StorageCallCounter(configuration.GetValue<bool>(StorageCallCounter.SettingName));
        services.AddSingleton(connection);
        services.AddSingleton(counter);
        var blobOptions = Counted(new BlobClientOptions(), counter, "blob");
        services.AddSingleton(_ => connection.UsesIdentity
            ? new BlobServiceClient(connection.BlobServiceUri, connection.Credential, blobOptions)
            : new BlobServiceClient(connection.ConnectionString, blobOptions));
        // Base64 matches what the Functions queue trigger reads by default.
        var queueOptions = Counted(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }, counter, "queue");
        services.AddSingleton(_ => connection.UsesIdentity
            ? new QueueServiceClient(connection.QueueServiceUri, connection.Credential, queueOptions)
            : new QueueServiceClient(connection.ConnectionString, queueOptions));
        var tableOptions = Counted(new TableClientOptions(), counter, "table");
        services.AddSingleton(_ => connection.UsesIdentity
            ? new TableServiceClient(connection.TableServiceUri, connection.Credential, tableOptions)
            : new TableServiceClient(connection.ConnectionString, tableOptions));
        services.AddSingleton<MessageQueues>();
        services.AddSingleton<StorageProbe>();
        return services;
    }

    private static T Counted<T>(T options, StorageCallCounter counter, string service) where T : ClientOptions
    {
        if (counter.Enabled)
            options.AddPolicy(new StorageCallCountingPolicy(counter, service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
