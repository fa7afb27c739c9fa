using Azure.Identity;
using Bulletin.Storage;
using Microsoft.Extensions.Configuration;

namespace Bulletin.Tests.Storage;

/// <summary>The AzureWebJobsStorage forms the app accepts. Keys use ':' as app settings' '__' becomes
/// in configuration (AzureWebJobsStorage__accountName is AzureWebJobsStorage:accountName).</summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void Connection_string_is_used_as_it_is_without_an_identity()
    {
        var connection = Read(("AzureWebJobsStorage", "UseDevelopmentStorage=true"));

        Assert.False(connection.UsesIdentity);
        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.Null(connection.Credential);
    }

    [Fact]
    public void Account_name_gives_the_three_service_endpoints_and_the_identity_of_its_client_id()
    {
        var connection = Read(
            ("AzureWebJobsStorage:accountName", "stbulletin"),
            ("AzureWebJobsStorage:credential", "managedidentity"),
            ("AzureWebJobsStorage:clientId", "00000000-0000-0000-0000-000000000001"));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://stbulletin.blob.core.windows.net"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://stbulletin.queue.core.windows.net"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://stbulletin.table.core.windows.net"), connection.TableServiceUri);
        Assert.IsType<ManagedIdentityCredential>(connection.Credential);
    }

    [Fact]
    public void Three_service_uris_are_enough_without_an_account_name()
    {
        var connection = Read(
            ("AzureWebJobsStorage:blobServiceUri", "https://blob.example.org"),
            ("AzureWebJobsStorage:queueServiceUri", "https://queue.example.org"),
            ("AzureWebJobsStorage:tableServiceUri", "https://table.example.org"));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://blob.example.org"), connection.BlobServiceUri);
        Assert.Equal(new Uri("https://queue.example.org"), connection.QueueServiceUri);
        Assert.Equal(new Uri("https://table.example.org"), connection.TableServiceUri);
        Assert.NotNull(connection.Credential);
    }

    [Fact]
    public void Explicit_service_uri_wins_over_the_one_derived_from_the_account_name()
    {
        var connection = Read(
            ("AzureWebJobsStorage:accountName", "stbulletin"),
            ("AzureWebJobsStorage:tableServiceUri", "https://table.example.org"));

        Assert.Equal(new Uri("https://table.example.org"), connection.TableServiceUri);
        Assert.Equal(new Uri("https://stbulletin.blob.core.windows.net"), connection.BlobServiceUri);
    }

    [Fact]
    public void Missing_setting_is_named_in_the_error_with_both_of_its_forms()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read());

        Assert.Contains("'AzureWebJobsStorage'", error.Message, StringComparison.Ordinal);
        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Incomplete_service_uris_are_rejected_like_a_missing_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Read(("AzureWebJobsStorage:blobServiceUri", "https://blob.example.org")));

        Assert.Contains("'AzureWebJobsStorage'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_uri_that_is_not_a_url_is_named_in_the_error()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(
            ("AzureWebJobsStorage:accountName", "stbulletin"),
            ("AzureWebJobsStorage:queueServiceUri", "not a url")));

        Assert.Contains("AzureWebJobsStorage__queueServiceUri", error.Message, StringComparison.Ordinal);
    }

    private static StorageConnection Read(params (string Key, string Value)[] settings) =>
        StorageConnection.FromConfiguration(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
