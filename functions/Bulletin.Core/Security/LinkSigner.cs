using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bulletin.Security;

/// <summary>Signs and checks the tokens in links (HMAC-SHA256, constant-time check): a token names its purpose,
/// its subject (a unit, a submission…), a revocation generation and an expiry.</summary>
public sealed class LinkSigner(IOptions<LinkOptions> options, TimeProvider clock)
{
    public string Sign(LinkClaims claims)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        return $"{payload}.{Base64Url.EncodeToString(Mac(payload))}";
    }

    public LinkCheck Check(string? token, string purpose)
    {
        var parts = (token ?? "").Split('.');
        if (parts.Length != 2 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
            return LinkCheck.Fail(LinkProblem.Malformed);
        if (!CryptographicOperations.FixedTimeEquals(Mac(parts[0]), Base64Url.DecodeFromChars(parts[1])))
            return LinkCheck.Fail(LinkProblem.Tampered);
        LinkClaims? claims;
        try { claims = JsonSerializer.Deserialize<LinkClaims>(Base64Url.DecodeFromChars(parts[0])); }
        catch (JsonException) { return LinkCheck.Fail(LinkProblem.Malformed); }
        if (claims is null || claims.Purpose != purpose)
            return LinkCheck.Fail(LinkProblem.WrongPurpose);
        if (clock.GetUtcNow() > claims.ExpiresAt)
            return LinkCheck.Fail(LinkProblem.Expired);
        return new LinkCheck(claims, null);
    }

    private byte[] Mac(string payload) => HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(SecretSettings.Require(SecretSettings.LinkSigningKey, options.Value.SigningKey)), Encoding.UTF8.GetBytes(payload));
}

/// <param name="Purpose">What the link does, e.g. "submit" or "review".</param>
/// <param name="Subject">What it acts on: a unit name, a submission id.</param>
/// <param name="Generation">Revocation counter of the subject; a link of an older generation is revoked.</param>
public sealed record LinkClaims(string Purpose, string Subject, int Generation, DateTimeOffset ExpiresAt, string? Actor = null);

/// <summary>Why a link cannot be used; <see cref="HolderGone"/>: its editor or unit is no longer in the directory.</summary>
public enum LinkProblem { Malformed, Tampered, WrongPurpose, Expired, Revoked, HolderGone }

public sealed record LinkCheck(LinkClaims? Claims, LinkProblem? Problem)
{
    public static LinkCheck Fail(LinkProblem problem, string? detail = null) => new(null, problem) { Detail = detail };
    public bool IsValid => Claims is not null;

    /// <summary>A refusal's own words (who is gone, whom to ask), in place of <see cref="Explain"/>'s general ones.</summary>
    public string? Detail { get; init; }

    /// <summary>What the holder of a refused link reads.</summary>
    public string Explanation => Detail ?? Explain(Problem ?? LinkProblem.Malformed);

    /// <summary>What the person holding the link reads, and what to do.</summary>
    public static string Explain(LinkProblem problem) => problem switch
    {
        LinkProblem.Expired => "此链接已过期。请向编辑部索取新的链接。",
        LinkProblem.Revoked => "此链接已被收回。请向编辑部索取新的链接。",
        LinkProblem.HolderGone => "此链接的持有人已不在通讯录中，链接不能再使用。请向编辑部询问。",
        _ => "此链接无效（可能复制不完整或被改动）。请直接点击邮件中的链接，或向编辑部索取新的链接。",
    };
}
