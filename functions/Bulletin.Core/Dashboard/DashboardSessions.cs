using System.Security.Cryptography;
using Bulletin.Security;

namespace Bulletin.Dashboard;

/// <summary>Dashboard sessions without server state: the cookie holds a signed token (purpose <c>dashboard-session</c>,
/// 12 hours) naming the editor; every request checks it and that the person is still an editor in the directory.</summary>
public sealed class DashboardSessions(LinkSigner signer, FormProof proofs, DashboardEditors editors, TimeProvider clock)
{
    public const string Purpose = "dashboard-session";
    public const string FormPurpose = "dashboard-form";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public string Start(string email) => signer.Sign(new LinkClaims(
        Purpose, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), 0, clock.GetUtcNow() + Lifetime, email.Trim().ToLowerInvariant()));

    /// <summary>The session the token stands for; null when it is missing, forged, expired, or its editor left the directory.</summary>
    public async Task<DashboardSession?> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (signer.Check(token, Purpose).Claims is not { Actor: { Length: > 0 } email })
            return null;
        return await editors.FindAsync(email, cancellationToken) is { } person ? new DashboardSession(person.Email, person.Name, token!) : null;
    }

    /// <summary>A proof for one rendered form of this session.</summary>
    public string Proof(DashboardSession session) => proofs.Issue(FormPurpose, session.Token, Lifetime);

    public bool ProofHolds(DashboardSession session, string? proof) => proofs.IsValid(proof, FormPurpose, session.Token);
}
