using Bulletin.Tests.Browser;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Dashboard;

/// <summary>The bulletin app in a host of its own for the dashboard: sign-in mails, sessions and decisions start empty.</summary>
public sealed class DashboardHostFixture : BulletinAppFixture
{
    /// <summary>The host's address as the browser sees it, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public string BaseUrl => Host.BaseAddress.ToString();
}

/// <summary>Dashboard tests over HTTP and in Chromium: one host and one browser for all of them.</summary>
[CollectionDefinition(nameof(DashboardCollection))]
public sealed class DashboardCollection : ICollectionFixture<DashboardHostFixture>, ICollectionFixture<BrowserFixture>;
