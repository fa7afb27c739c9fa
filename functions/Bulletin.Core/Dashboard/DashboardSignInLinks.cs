using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.Dashboard;

/// <summary>The link in a sign-in mail: signed for one editor (the actor), valid 30 minutes. It opens a page that
/// asks to confirm; only that page's POST starts a session, so a mail scanner fetching the link signs no one in.</summary>
public sealed class DashboardSignInLinks(LinkSigner signer, IOptions<LinkOptions> links, TimeProvider clock)
{
    public const string Purpose = "dashboard-sign-in";
    public const string FormPurpose = "dashboard-sign-in-form";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Token(string email) => signer.Sign(new LinkClaims(Purpose, "dashboard", 0, clock.GetUtcNow() + Lifetime, email.Trim().ToLowerInvariant()));

    public string Url(string token) => $"{links.Value.PublicBaseUrl.TrimEnd('/')}/api/dashboard/session?token={token}";

    /// <summary>The editor the token is for, or why it cannot be used.</summary>
    public LinkCheck Check(string? token)
    {
        var check = signer.Check(token, Purpose);
        return check.Claims is { Actor: null or "" } ? LinkCheck.Fail(LinkProblem.Malformed) : check;
    }
}
