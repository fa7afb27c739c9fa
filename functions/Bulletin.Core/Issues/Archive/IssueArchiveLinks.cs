using System.Globalization;
using Bulletin.Security;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues.Archive;

/// <summary>The archive link put into an issue mail: signed (purpose <c>archive</c>) for that issue, valid
/// <see cref="ArchiveOptions.ArchiveLinkLifetimeDays"/> days, read-only; it opens the published issues up to that one.</summary>
public sealed class IssueArchiveLinks(LinkSigner signer, IOptions<LinkOptions> links, IOptions<ArchiveOptions> archive, TimeProvider clock)
{
    public const string Purpose = "archive";
    public const string PagePath = "/api/archive";

    /// <summary>The link for the mail of issue <paramref name="number"/> of <paramref name="year"/> (default series).</summary>
    public string ForIssue(int year, int number) =>
        $"{links.Value.PublicBaseUrl.TrimEnd('/')}{PagePath}?token={Token(year, number)}";

    /// <summary>The link for the mail of <paramref name="issue"/>, of any series.</summary>
    public string ForIssue(AssembledIssue issue) =>
        $"{links.Value.PublicBaseUrl.TrimEnd('/')}{PagePath}?token={Token(issue.SeriesId, issue.Year, issue.Number)}";

    public string Token(int year, int number) => Token(Publications.IssueSeries.DefaultId, year, number);

    /// <summary>Subject <c>{year}/{number}</c> in the default series (as before series), <c>{series}/{year}/{number}</c> in others.</summary>
    public string Token(string series, int year, int number) => signer.Sign(new LinkClaims(
        Purpose, (series == Publications.IssueSeries.DefaultId ? "" : series + "/") + Subject(year, number), 0,
        clock.GetUtcNow().AddDays(archive.Value.ArchiveLinkLifetimeDays)));

    /// <summary>What the token opens, or why it opens nothing.</summary>
    public (ArchiveReach? Reach, LinkProblem? Problem) Check(string? token)
    {
        var check = signer.Check(token, Purpose);
        if (check.Claims is not { } claims)
            return (null, check.Problem);
        var parts = claims.Subject.Split('/');
        var series = parts.Length == 3 ? parts[0] : Publications.IssueSeries.DefaultId;
        return parts.Length is 2 or 3 && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (new ArchiveReach(year, number) { Series = series }, null)
            : (null, LinkProblem.Malformed);
    }

    private static string Subject(int year, int number) => string.Create(CultureInfo.InvariantCulture, $"{year}/{number}");
}
