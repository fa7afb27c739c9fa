using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Bulletin.Mail;

namespace Bulletin.Distribution;

/// <summary>Turns the photos an issue's HTML carries as data URIs into inline parts referred to as <c>cid:</c>, which mail
/// clients show where many (Gmail, Outlook) drop data URIs. Only the renderer's own <c>img src="data:image/…;base64,…"</c>
/// matches: text a person typed is HTML-encoded, so its quotes cannot form that attribute.</summary>
public static partial class InlinePhotos
{
    public static (string Html, IReadOnlyList<MailAttachment> Parts) Extract(string html)
    {
        var parts = new Dictionary<string, MailAttachment>();
        var replaced = DataUri().Replace(html, match =>
        {
            var bytes = Convert.FromBase64String(match.Groups["data"].Value);
            var id = $"photo-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}";
            var extension = match.Groups["type"].Value == "png" ? "png" : "jpg";
            parts.TryAdd(id, new MailAttachment($"{id}.{extension}", $"image/{match.Groups["type"].Value}", BinaryData.FromBytes(bytes)) { ContentId = id });
            return $"src=\"cid:{id}\"";
        });
        return (replaced, parts.Values.ToList());
    }

    [GeneratedRegex(@"src=""data:image/(?<type>jpeg|png);base64,(?<data>[A-Za-z0-9+/=]+)""")]
    private static partial Regex DataUri();
}
