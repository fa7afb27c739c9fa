using System.Security.Cryptography;
using Bulletin.Dashboard.Storage;
using Bulletin.Security;
using Microsoft.Extensions.Logging;

namespace Bulletin.Dashboard;

/// <summary>Dashboard sessions, stored (<see cref="SessionStore"/>) so they can end: the cookie holds a signed token (purpose
/// <c>dashboard-session</c>) naming the editor and the session id. A session ends at sign-out, after <see cref="IdleTimeout"/>
/// unused, <see cref="Lifetime"/> after sign-in, and — with all of the person's sessions — once the directory no longer
/// makes them an editor or 签发人.</summary>
public sealed class DashboardSessions(LinkSigner signer, FormProof proofs, DashboardEditors editors, SessionStore store, TimeProvider clock,
    ILogger<DashboardSessions> logger)
{
    public const string Purpose = "dashboard-session";
    public const string FormPurpose = "dashboard-form";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(2);
    /// <summary>Last-seen is written at most this often: a write per page view would cost more than the idle timeout needs.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    /// <summary>Starts a session for <paramref name="email"/> (already checked to be an editor's); returns the cookie's token.</summary>
    public async Task<string> StartAsync(string email, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = new StoredSession(email.Trim().ToLowerInvariant(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), now, now);
        // Sessions that ended by time are only found when their cookie comes back; each sign-in clears the person's own.
        foreach (var old in (await store.ListAsync(session.Email, cancellationToken)).Where(s => Expired(s, now)))
            await store.DeleteAsync(old.Email, old.Id, cancellationToken);
        await store.AddAsync(session, cancellationToken);
        return signer.Sign(new LinkClaims(Purpose, session.Id, 0, now + Lifetime, session.Email));
    }

    /// <summary>The session the token stands for; null when it is missing, forged, ended (signed out, idle, too old),
    /// or its editor left the directory.</summary>
    public async Task<DashboardSession?> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (signer.Check(token, Purpose).Claims is not { Actor: { Length: > 0 } email } claims)
            return null;
        if (await store.FindAsync(email, claims.Subject, cancellationToken) is not { } stored)
            return null;
        var now = clock.GetUtcNow();
        if (Expired(stored, now))
        {
            await store.DeleteAsync(email, stored.Id, cancellationToken);
            return null;
        }
        if (await editors.FindAsync(email, cancellationToken) is not { } person)
        {
            await EndAllAsync(email, cancellationToken);
            return null;
        }
        if (now - stored.LastSeenAt >= TouchInterval)
            await store.TouchAsync(stored, now, cancellationToken);
        return new DashboardSession(person.Email, person.Name, token!);
    }

    /// <summary>Sign-out: the session ends here, so a copy of its cookie opens nothing any more.</summary>
    public async Task EndAsync(DashboardSession session, CancellationToken cancellationToken)
    {
        if (signer.Check(session.Token, Purpose).Claims is { Actor: { Length: > 0 } email } claims)
            await store.DeleteAsync(email, claims.Subject, cancellationToken);
    }

    /// <summary>A proof for one rendered form of this session.</summary>
    public string Proof(DashboardSession session) => proofs.Issue(FormPurpose, session.Token, Lifetime);

    public bool ProofHolds(DashboardSession session, string? proof) => proofs.IsValid(proof, FormPurpose, session.Token);

    private async Task EndAllAsync(string email, CancellationToken cancellationToken)
    {
        foreach (var session in await store.ListAsync(email, cancellationToken))
            await store.DeleteAsync(email, session.Id, cancellationToken);
        logger.LogInformation("Dashboard sessions of {Email} ended: no longer an editor in the directory", email);
    }

    private static bool Expired(StoredSession session, DateTimeOffset now) =>
        now - session.LastSeenAt > IdleTimeout || now - session.CreatedAt > Lifetime;
}
