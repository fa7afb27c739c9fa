using System.Net;
using Azure.Data.Tables;
using Bulletin.Tests.Directory;

namespace Bulletin.Tests.Dashboard;

/// <summary>Sessions are stored, so they end for real: at sign-out, and when the directory drops the editor.</summary>
[Collection(nameof(SignInLimitsCollection))]
public sealed class DashboardSessionEndTests(SignInLimitsHostFixture app)
{
    private const string Li = "li.dezhao@example.org";

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_opens_nothing()
    {
        var cookie = await app.SignInAsync(Li);
        var copy = cookie;
        using var http = app.Client();
        var home = await http.GetAsync("/api/dashboard", cookie);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var signedOut = await http.PostAsync("/api/dashboard/sign-out", cookie,
            new Dictionary<string, string> { ["proof"] = DashboardHost.ProofOf(await home.Content.ReadAsStringAsync()) });

        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
        var again = await http.GetAsync("/api/dashboard", copy);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal("/api/dashboard/sign-in", again.Headers.Location!.OriginalString);
        Assert.Empty(await SessionRowsAsync(Li));
    }

    [Fact]
    public async Task An_editor_removed_from_the_directory_loses_every_session_and_its_rows()
    {
        var first = await app.SignInAsync(SignInLimitsHostFixture.Leaver);
        var second = await app.SignInAsync(SignInLimitsHostFixture.Leaver);
        using var http = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/dashboard", first)).StatusCode);
        Assert.Equal(2, (await SessionRowsAsync(SignInLimitsHostFixture.Leaver)).Count);
        try
        {
            await app.ImportDemoWithAsync(SignInLimitsHostFixture.ExtraRows.Where(r => !r.Contains(SignInLimitsHostFixture.Leaver)));

            var refused = await http.GetAsync("/api/dashboard", first);

            Assert.Equal(HttpStatusCode.SeeOther, refused.StatusCode);
            Assert.Empty(await SessionRowsAsync(SignInLimitsHostFixture.Leaver));
            Assert.Equal(HttpStatusCode.SeeOther, (await http.GetAsync("/api/dashboard", second)).StatusCode);
        }
        finally
        {
            await app.ImportDemoWithAsync(SignInLimitsHostFixture.ExtraRows);
        }
    }

    private async Task<List<TableEntity>> SessionRowsAsync(string email)
    {
        var table = app.Tables.GetTableClient("sessions");
        await table.CreateIfNotExistsAsync();
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Email eq {email}")))
            rows.Add(row);
        return rows;
    }
}
