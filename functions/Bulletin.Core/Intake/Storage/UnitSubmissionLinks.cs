using Azure;
using Azure.Data.Tables;
using Bulletin.Directory;
using Bulletin.Security;
using Bulletin.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake.Storage;

/// <summary>Each unit's submission link (signed, valid a year) and its revocation: revoking raises the unit's
/// generation in table <c>unitlinks</c>, and links of an older generation stop working.</summary>
public sealed class UnitSubmissionLinks(TableServiceClient tables, LinkSigner signer, DirectoryStanding standing, IOptions<LinkOptions> links, TimeProvider clock)
{
    public const string Purpose = "submit";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);
    private TableClient Table => tables.GetTableClient("unitlinks");

    public async Task<string> IssueAsync(string unit, CancellationToken cancellationToken)
    {
        var (generation, _) = await ReadGenerationAsync(unit, cancellationToken);
        var token = signer.Sign(new LinkClaims(Purpose, unit, generation, clock.GetUtcNow() + Lifetime));
        return $"{links.Value.PublicBaseUrl.TrimEnd('/')}/api/submit?token={token}";
    }

    public async Task RevokeAsync(string unit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (generation, etag) = await ReadGenerationAsync(unit, cancellationToken);
            var entity = new TableEntity("unit", TableKey.Encode(unit)) { ["Generation"] = generation + 1 };
            try
            {
                if (etag is { } e)
                    await Table.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, cancellationToken);
                else
                    await Table.AddEntityAsync(entity, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Someone revoked at the same moment: read again and raise past theirs.
            }
        }
    }

    /// <summary>The unit the token is for, or why it cannot be used: also refused (<see cref="LinkProblem.HolderGone"/>) once
    /// the unit is no longer in the directory, since the link outlives imports.</summary>
    public async Task<LinkCheck> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        var check = signer.Check(token, Purpose);
        if (check.Claims is not { } claims)
            return check;
        var (generation, _) = await ReadGenerationAsync(claims.Subject, cancellationToken);
        if (claims.Generation != generation)
            return LinkCheck.Fail(LinkProblem.Revoked);
        return await standing.HasUnitAsync(claims.Subject, cancellationToken)
            ? check
            : LinkCheck.Fail(LinkProblem.HolderGone, await standing.UnitGoneAsync(claims.Subject, cancellationToken));
    }

    private async Task<(int Generation, ETag? ETag)> ReadGenerationAsync(string unit, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var entity = await Table.GetEntityIfExistsAsync<TableEntity>("unit", TableKey.Encode(unit), cancellationToken: cancellationToken);
        return entity.HasValue && entity.Value is not null ? (entity.Value.GetInt32("Generation") ?? 0, entity.Value.ETag) : (0, null);
    }
}
