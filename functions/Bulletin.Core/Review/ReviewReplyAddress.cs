using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Review;

/// <summary>A reply id and the submission and editor it was issued for.</summary>
public sealed record IssuedReply(string ReplyId, string SubmissionId, string Editor, DateTimeOffset ExpiresAt);

/// <summary>Reply addresses: <c>review+&lt;reply id&gt;@&lt;Review:ReplyDomain&gt;</c>.</summary>
public static class ReviewReplyAddress
{
    public const string Prefix = "review+";

    public static string Of(string replyId, string domain) => $"{Prefix}{replyId}@{domain}";

    /// <summary>Names the reply address in the audit log without storing the id itself (which would still work).</summary>
    public static string Fingerprint(string replyId) => "reply:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(replyId)))[..16];

    /// <summary>The reply id of the first review reply address among <paramref name="addresses"/>; null when there is none.</summary>
    public static string? ReplyIdIn(IEnumerable<string> addresses, string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain))
            return null;
        foreach (var address in addresses.Select(a => a.Trim().ToLowerInvariant()))
        {
            var at = address.LastIndexOf('@');
            if (at > Prefix.Length && address.StartsWith(Prefix, StringComparison.Ordinal)
                && string.Equals(address[(at + 1)..], domain.Trim(), StringComparison.OrdinalIgnoreCase))
                return address[Prefix.Length..at];
        }
        return null;
    }
}
