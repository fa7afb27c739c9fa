using Bulletin.Issues.Storage;
using Bulletin.Tests.Review;

namespace Bulletin.Tests.Issues.Storage;

/// <summary>Claims on Azurite: drafts racing for the same submissions each get all they asked for or nothing, and a claim
/// left pending by a crash is freed only after its lifetime.</summary>
[Collection(IssueStorageCollection.Name)]
public sealed class IssueClaimStoreTests(IssueStorageFixture storage)
{
    private readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task Drafts_claiming_overlapping_submissions_at_once_each_get_all_or_nothing_and_no_submission_twice()
    {
        var claims = new IssueClaimStore(storage.Tables, TimeProvider.System);
        var ids = Enumerable.Range(1, 4).Select(i => $"RACE-{Guid.NewGuid():N}-{i}").ToArray();
        var wanted = Enumerable.Range(0, 12).Select(i => (Owner: IssueClaimStore.OwnerOf(2041, i + 1), Ids: (IReadOnlyList<string>)[ids[i % 4], ids[(i + 1) % 4]])).ToList();

        var lost = await Task.WhenAll(wanted.Select(w => claims.TryClaimAllAsync(w.Ids, w.Owner, _ct)));

        var held = await claims.HeldAsync(_ct);
        var winners = wanted.Where((_, i) => lost[i] is null).ToList();
        Assert.NotEmpty(winners);
        Assert.All(winners, w => Assert.All(w.Ids, id => Assert.Equal(w.Owner, held[id])));
        Assert.Equal(winners.SelectMany(w => w.Ids).Count(), winners.SelectMany(w => w.Ids).Distinct().Count());
        Assert.All(wanted.Where((_, i) => lost[i] is not null), w => Assert.DoesNotContain(w.Owner, held.Values));
    }

    [Fact]
    public async Task A_pending_claim_left_behind_is_taken_over_only_after_its_lifetime()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var claims = new IssueClaimStore(storage.Tables, clock);
        var id = $"STALE-{Guid.NewGuid():N}";
        Assert.Null(await claims.TryClaimAllAsync([id], IssueClaimStore.NewPendingOwner(), _ct));

        Assert.Equal(id, await claims.TryClaimAllAsync([id], IssueClaimStore.OwnerOf(2041, 50), _ct));
        clock.Now += IssueClaimStore.PendingLifetime + TimeSpan.FromSeconds(1);
        Assert.DoesNotContain(id, (await claims.HeldAsync(_ct)).Keys);
        Assert.Null(await claims.TryClaimAllAsync([id], IssueClaimStore.OwnerOf(2041, 50), _ct));
        Assert.Equal("2041/050", (await claims.HeldAsync(_ct))[id]);
    }

    [Fact]
    public async Task Releasing_frees_only_what_the_owner_holds()
    {
        var claims = new IssueClaimStore(storage.Tables, TimeProvider.System);
        var mine = $"MINE-{Guid.NewGuid():N}";
        var theirs = $"THEIRS-{Guid.NewGuid():N}";
        await claims.TryClaimAllAsync([mine], IssueClaimStore.OwnerOf(2041, 60), _ct);
        await claims.TryClaimAllAsync([theirs], IssueClaimStore.OwnerOf(2041, 61), _ct);

        await claims.ReleaseAsync([mine, theirs], IssueClaimStore.OwnerOf(2041, 60), _ct);

        var held = await claims.HeldAsync(_ct);
        Assert.DoesNotContain(mine, held.Keys);
        Assert.Equal("2041/061", held[theirs]);
    }
}
