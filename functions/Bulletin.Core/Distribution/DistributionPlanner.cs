using Bulletin.Directory;
using Bulletin.Directory.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Distribution;

/// <summary>Resolves an issue's 本期送 and 发 lines against the current directory and the configured aliases.</summary>
public sealed class DistributionPlanner(DirectoryStore directory, IOptions<DistributionOptions> options)
{
    private readonly DistributionAliases aliases = options.Value.ParsedAliases();

    /// <summary>The configured aliases, for other lines written in the same item syntax (a solicitation's units).</summary>
    public DistributionAliases Aliases => aliases;

    public async Task<DistributionPlan> PlanAsync(string? sentUpTo, string? issuedTo, CancellationToken cancellationToken) =>
        DistributionPlan.Create([sentUpTo, issuedTo], await CurrentDirectoryAsync(cancellationToken), aliases);

    /// <summary>The current directory, or an empty one before the first import.</summary>
    public async Task<DirectorySnapshot> CurrentDirectoryAsync(CancellationToken cancellationToken) =>
        await directory.GetCurrentAsync(cancellationToken) is { } current
            ? await directory.LoadAsync(current.Version.Version, cancellationToken)
            : new DirectorySnapshot([], []);
}
