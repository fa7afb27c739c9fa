using System.Security.Cryptography;
using System.Text;
using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.Review;

/// <summary>The links in an editor's review mail: signed for one submission and one editor (the actor), expiring
/// after <see cref="ReviewOptions.LinkLifetimeDays"/>. The choice is a plain query value: every link opens the
/// same page, only pre-selected differently.</summary>
public sealed class ReviewLinks(LinkSigner signer, IOptions<LinkOptions> links, IOptions<ReviewOptions> review, TimeProvider clock)
{
    public const string Purpose = "review";

    public string Token(string submissionId, string editorEmail) => signer.Sign(new LinkClaims(
        Purpose, submissionId, 0, clock.GetUtcNow().AddDays(review.Value.LinkLifetimeDays), editorEmail.Trim().ToLowerInvariant()));

    public string Url(string token, ReviewChoice choice) =>
        $"{links.Value.PublicBaseUrl.TrimEnd('/')}/api/review?token={token}&choice={choice.Slug()}";

    /// <summary>The submission and editor the token is for, or why it cannot be used.</summary>
    public LinkCheck Check(string? token)
    {
        var check = signer.Check(token, Purpose);
        return check.Claims is { Actor: null or "" } ? LinkCheck.Fail(LinkProblem.Malformed) : check;
    }

    /// <summary>Names the link in the audit log without storing the token itself (which would still work).</summary>
    public static string Fingerprint(string token) => "link:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];
}
