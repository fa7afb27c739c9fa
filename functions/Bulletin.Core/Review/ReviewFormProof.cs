using Bulletin.Security;

namespace Bulletin.Review;

/// <summary>Anti-forgery for the decision form: a <see cref="FormProof"/> bound to the page's link token.</summary>
public sealed class ReviewFormProof(LinkSigner signer, TimeProvider clock)
{
    public const string Purpose = "review-form";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private readonly FormProof _proofs = new(signer, clock);

    public string Issue(string linkToken) => _proofs.Issue(Purpose, linkToken, Lifetime);

    public bool IsValid(string? proof, string linkToken) => _proofs.IsValid(proof, Purpose, linkToken);
}
