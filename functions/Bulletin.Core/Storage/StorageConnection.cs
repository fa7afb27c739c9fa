using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace Bulletin.Storage;

/// <summary>Where the app's storage account is and how to authenticate to it, read from the
/// <c>AzureWebJobsStorage</c> setting in either of its forms.</summary>
/// <remarks>Azure uses identity-based settings (<c>AzureWebJobsStorage__accountName</c> or the
/// <c>__blobServiceUri</c>/<c>__queueServiceUri</c>/<c>__tableServiceUri</c> triple, optionally
/// <c>__clientId</c>); local runs use a connection string such as Azurite's.</remarks>
public sealed record StorageConnection(
    string? ConnectionString, Uri? BlobServiceUri, Uri? QueueServiceUri, Uri? TableServiceUri, TokenCredential? Credential)
{
    public const string SettingName = "AzureWebJobsStorage";

    public bool UsesIdentity => ConnectionString is null;

    public static StorageConnection FromConfiguration(IConfiguration configuration)
    {
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
            return new StorageConnection(connectionString, null, null, null, null);

        var section = configuration.GetSection(SettingName);
        var account = section["accountName"];
        var blob = ServiceUri(section, "blobServiceUri", account, "blob");
        var queue = ServiceUri(section, "queueServiceUri", account, "queue");
        var table = ServiceUri(section, "tableServiceUri", account, "table");
        if (blob is null || queue is null || table is null)
            throw new InvalidOperationException(
                $"Setting '{SettingName}' is missing: set it to a storage connection string (local: " +
                $"'UseDevelopmentStorage=true' or Azurite's), or set '{SettingName}__accountName' " +
                "(or the __blobServiceUri, __queueServiceUri and __tableServiceUri settings) for an identity-based connection.");

        var clientId = section["clientId"];
        TokenCredential credential = string.IsNullOrWhiteSpace(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId));
        return new StorageConnection(null, blob, queue, table, credential);
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? account, string service)
    {
        var explicitUri = section[key];
        if (!string.IsNullOrWhiteSpace(explicitUri))
        {
            if (!Uri.TryCreate(explicitUri, UriKind.Absolute, out var uri))
                throw new InvalidOperationException($"Setting '{SettingName}__{key}' must be an absolute URL, such as https://account.{service}.core.windows.net.");
            return uri;
        }
        return string.IsNullOrWhiteSpace(account) ? null : new Uri($"https://{account}.{service}.core.windows.net");
    }
}
