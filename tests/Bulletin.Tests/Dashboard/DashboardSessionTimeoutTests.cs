using System.Buffers.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Bulletin.Dashboard.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Dashboard;

/// <summary>Stored sessions on Azurite with a hand-moved clock: idle timeout and few last-seen writes.</summary>
public sealed class DashboardSessionTimeoutTests(DashboardSessionStorageFixture storage) : IClassFixture<DashboardSessionStorageFixture>
{
    private const string Hao = "hao.jie@example.org";

    [Fact]
    public async Task A_session_unused_for_more_than_two_hours_ends_and_its_row_is_deleted()
    {
        var token = await storage.Sessions.StartAsync(Hao, CancellationToken.None);
        storage.Clock.Now += TimeSpan.FromHours(1);
        Assert.NotNull(await storage.Sessions.CheckAsync(token, CancellationToken.None));

        storage.Clock.Now += TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1);

        Assert.Null(await storage.Sessions.CheckAsync(token, CancellationToken.None));
        Assert.Null(await RowAsync(token));
    }

    [Fact]
    public async Task Last_seen_is_written_at_most_every_five_minutes()
    {
        var token = await storage.Sessions.StartAsync(Hao, CancellationToken.None);
        var started = (await RowAsync(token))!.GetDateTimeOffset("LastSeenAt");

        storage.Clock.Now += TimeSpan.FromMinutes(4);
        await storage.Sessions.CheckAsync(token, CancellationToken.None);
        Assert.Equal(started, (await RowAsync(token))!.GetDateTimeOffset("LastSeenAt"));

        storage.Clock.Now += TimeSpan.FromMinutes(2);
        await storage.Sessions.CheckAsync(token, CancellationToken.None);
        Assert.Equal(storage.Clock.Now, (await RowAsync(token))!.GetDateTimeOffset("LastSeenAt"));
    }

    private async Task<TableEntity?> RowAsync(string token)
    {
        var table = storage.Services.GetRequiredService<TableServiceClient>().GetTableClient(SessionStore.TableName);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Hao, SessionIdOf(token));
        return row.HasValue ? row.Value : null;
    }

    // The token's payload is base64url JSON of LinkClaims; its Subject is the session id.
    private static string SessionIdOf(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[0])).RootElement.GetProperty("Subject").GetString()!;
}
