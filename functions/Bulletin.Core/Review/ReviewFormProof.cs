using System.Security.Cryptography;
using System.Text;
using Bulletin.Security;

namespace Bulletin.Review;

/// <summary>Anti-forgery for the decision form: each rendered page carries a proof signed for its link token and a
/// fresh nonce; a POST without a proof for its own token (only the server can make one) changes nothing.</summary>
public sealed class ReviewFormProof(LinkSigner signer, TimeProvider clock)
{
    public const string Purpose = "review-form";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public string Issue(string linkToken) => signer.Sign(new LinkClaims(
        Purpose, Hash(linkToken), 0, clock.GetUtcNow() + Lifetime, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))));

    public bool IsValid(string? proof, string linkToken) =>
        signer.Check(proof, Purpose).Claims is { } claims && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(claims.Subject), Encoding.ASCII.GetBytes(Hash(linkToken)));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
