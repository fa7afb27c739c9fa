using Bulletin.Directory;
using Bulletin.Issues.Publications;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues;

/// <summary>Who signs an issue off (签发人), any one of them: a series' own 签发人, or the 签发人 of the <c>Bulletin</c>
/// settings for the default series (whose links are made out to that address, as before series) and for a series that
/// names none.</summary>
public sealed class IssueSigners(SeriesCatalog catalog, DirectoryQuery directory, IOptions<BulletinOptions> options)
{
    private BulletinOptions Settings => options.Value;

    /// <summary>The addresses, lower-cased.</summary>
    public async Task<IReadOnlyList<string>> OfAsync(string seriesId, CancellationToken cancellationToken) =>
        seriesId != IssueSeries.DefaultId && await catalog.FindAsync(seriesId, cancellationToken) is { Signers.Count: > 0 } series
            ? series.Signers : [Settings.SignOffAddress.Trim().ToLowerInvariant()];

    public async Task<bool> IsSignerAsync(string seriesId, string email, CancellationToken cancellationToken) =>
        (await OfAsync(seriesId, cancellationToken)).Contains(email.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings' 签发人 by the settings' name; another series' 签发人 by their name in the directory.</summary>
    public async Task<string> NameAsync(string email, CancellationToken cancellationToken) =>
        string.Equals(email.Trim(), Settings.SignOffAddress.Trim(), StringComparison.OrdinalIgnoreCase) ? Settings.SignOffName
            : (await directory.FindByEmailAsync(email.Trim(), cancellationToken))?.Name ?? email;

    /// <summary>Whether <paramref name="email"/> signs issues of <paramref name="seriesId"/> off, and the names of those who do.</summary>
    public async Task<(bool IsSigner, string Names)> RightOfAsync(string seriesId, string email, CancellationToken cancellationToken)
    {
        var signers = await OfAsync(seriesId, cancellationToken);
        var names = new List<string>();
        foreach (var signer in signers)
            names.Add(await NameAsync(signer, cancellationToken));
        return (signers.Contains(email.Trim(), StringComparer.OrdinalIgnoreCase), string.Join("、", names));
    }
}
