using System.Globalization;
using Bulletin.Issues.Publications;
using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues;

/// <summary>The 签发 link in the 签发人's preview mail: signed for purpose <c>issue-sign-off</c>, one issue and the content
/// previewed (the first 16 hex digits of <see cref="IssueContentHash"/>, so any change to the draft afterwards makes the link
/// useless), made out to the 签发人's address as actor, expiring after <see cref="Lifetime"/>.</summary>
public sealed class IssueSignOffLinks(LinkSigner signer, IOptions<LinkOptions> links, IOptions<BulletinOptions> bulletin, TimeProvider clock)
{
    public const string Purpose = "issue-sign-off";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public string Token(AssembledIssue issue) => Token(issue, Signer);

    /// <summary>A link made out to <paramref name="signerEmail"/>, one of the series' 签发人; outside the default series the
    /// subject starts with the series id (<c>{series}/{year}/{number}/{content}</c>).</summary>
    public string Token(AssembledIssue issue, string signerEmail) => signer.Sign(new LinkClaims(Purpose,
        $"{(issue.SeriesId == IssueSeries.DefaultId ? "" : issue.SeriesId + "/")}{issue.Year:D4}/{issue.Number:D3}/{ContentOf(issue)}", 0,
        clock.GetUtcNow() + Lifetime, signerEmail.Trim().ToLowerInvariant()));

    public string Url(string token) => $"{links.Value.PublicBaseUrl.TrimEnd('/')}/api/issues/sign-off?token={token}";

    /// <summary>The issue and content the link was made for, or why it cannot be used.</summary>
    public IssueSignOffLink Check(string? token)
    {
        var check = signer.Check(token, Purpose);
        if (check.Claims is not { } claims)
            return IssueSignOffLink.Refused(check.Problem == LinkProblem.Expired ? SignOffLinkProblem.Expired : SignOffLinkProblem.Invalid);
        var parts = claims.Subject.Split('/');
        var series = parts.Length == 4 ? parts[0] : IssueSeries.DefaultId;
        if (parts.Length is not (3 or 4) || !int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || claims.Actor is null)
            return IssueSignOffLink.Refused(SignOffLinkProblem.Invalid);
        // Bound to the 签发人 as configured now: a link made out to anyone else (or to a former 签发人) signs nothing. Another
        // series' 签发人 are the series' own, checked against the catalog when the link is used (IssueLinkSignOff).
        if (series == IssueSeries.DefaultId && !string.Equals(claims.Actor, Signer, StringComparison.Ordinal))
            return IssueSignOffLink.Refused(SignOffLinkProblem.NotForSigner);
        return new IssueSignOffLink(year, number, parts[^1], claims.Actor, null) { Series = series };
    }

    /// <summary>Whether <paramref name="issue"/> still prints what the link was made for.</summary>
    public static bool StillAsPreviewed(IssueSignOffLink link, AssembledIssue issue) => link.Content == ContentOf(issue);

    private string Signer => bulletin.Value.SignOffAddress.Trim().ToLowerInvariant();

    /// <summary>The first 16 hex digits of the issue's content hash: what a link or a preview is made for.</summary>
    public static string ContentOf(AssembledIssue issue) => IssueContentHash.Of(issue.ToBulletinIssue())[..16];
}

public enum SignOffLinkProblem { Invalid, Expired, NotForSigner }

/// <summary>A checked 签发 link: the issue it names, or the problem.</summary>
public sealed record IssueSignOffLink(int Year, int Number, string Content, string? Actor, SignOffLinkProblem? Problem)
{
    /// <summary>The series (刊物) of the issue.</summary>
    public string Series { get; init; } = IssueSeries.DefaultId;

    public static IssueSignOffLink Refused(SignOffLinkProblem problem) => new(0, 0, "", null, problem);
    public bool IsValid => Problem is null;

    /// <summary>What the person holding the link reads, and what to do.</summary>
    public static string Explain(SignOffLinkProblem problem) => problem switch
    {
        SignOffLinkProblem.Expired => "此签发链接已过期。请让编辑在工作台重新“发送预览”，再用新邮件中的链接签发。",
        SignOffLinkProblem.NotForSigner => "此签发链接不是发给当前签发人的，不能用于签发。请让编辑重新“发送预览”。",
        _ => "此签发链接无效（可能复制不完整或被改动）。请直接点击预览邮件中的链接，或让编辑重新“发送预览”。",
    };
}
