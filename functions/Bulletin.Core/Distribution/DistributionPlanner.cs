using Bulletin.Directory;
using Bulletin.Directory.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Distribution;

/// <summary>Resolves an issue's 本期送 and 发 lines against the current directory and the configured aliases.</summary>
public sealed class DistributionPlanner(DirectoryStore directory, IOptions<DistributionOptions> options)
{
    private readonly DistributionAliases aliases = options.Value.ParsedAliases();

    public async Task<DistributionPlan> PlanAsync(string? sentUpTo, string? issuedTo, CancellationToken cancellationToken)
    {
        var snapshot = await directory.GetCurrentAsync(cancellationToken) is { } current
            ? await directory.LoadAsync(current.Version.Version, cancellationToken)
            : new DirectorySnapshot([], []);
        return DistributionPlan.Create([sentUpTo, issuedTo], snapshot, aliases);
    }
}
