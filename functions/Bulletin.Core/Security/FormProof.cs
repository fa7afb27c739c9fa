using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Security;

/// <summary>Anti-forgery for forms: each rendered page carries a proof signed for what the form acts under (a link
/// token, a session) with a fresh nonce; a POST without a proof for its own token (only the server can make one) changes nothing.</summary>
public sealed class FormProof(LinkSigner signer, TimeProvider clock)
{
    public string Issue(string purpose, string boundTo, TimeSpan lifetime) => signer.Sign(new LinkClaims(
        purpose, Hash(boundTo), 0, clock.GetUtcNow() + lifetime, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));

    public bool IsValid(string? proof, string purpose, string boundTo) =>
        signer.Check(proof, purpose).Claims is { } claims && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(claims.Subject), Encoding.ASCII.GetBytes(Hash(boundTo)));

    // The token itself never goes into the proof: a proof leaked from a page must not reveal a working link.
    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
