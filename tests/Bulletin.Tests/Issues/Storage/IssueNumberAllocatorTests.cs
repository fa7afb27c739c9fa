using Bulletin.Issues.Storage;
using Bulletin.Tests.Review;

namespace Bulletin.Tests.Issues.Storage;

[Collection(IssueStorageCollection.Name)]
public sealed class IssueNumberAllocatorTests(IssueStorageFixture storage)
{
    [Fact]
    public async Task Twenty_allocations_at_once_get_exactly_1_to_20_with_no_gap_or_duplicate()
    {
        var allocator = new IssueNumberAllocator(storage.Tables, new ManualClock(DateTimeOffset.Parse("2031-05-01T10:00:00+08:00")));

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => allocator.AllocateAsync(CancellationToken.None))));

        Assert.All(numbers, n => Assert.Equal(2031, n.Year));
        Assert.Equal(Enumerable.Range(1, 20), numbers.Select(n => n.Number).Order());
        var totals = numbers.Select(n => n.TotalNumber).Order().ToList();
        Assert.Equal(Enumerable.Range(totals[0], 20), totals);
    }

    [Fact]
    public async Task A_new_year_in_China_time_restarts_at_1_while_the_total_keeps_counting()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2034-12-31T23:58:00+08:00"));
        var allocator = new IssueNumberAllocator(storage.Tables, clock);
        var first = await allocator.AllocateAsync(CancellationToken.None);
        var second = await allocator.AllocateAsync(CancellationToken.None);

        // 16:30 UTC on 31 December is already 1 January in China.
        clock.Now = DateTimeOffset.Parse("2034-12-31T16:30:00Z");
        var newYear = await allocator.AllocateAsync(CancellationToken.None);

        Assert.Equal((2034, 1), (first.Year, first.Number));
        Assert.Equal((2034, 2), (second.Year, second.Number));
        Assert.Equal((2035, 1), (newYear.Year, newYear.Number));
        Assert.Equal([first.TotalNumber + 1, first.TotalNumber + 2], [second.TotalNumber, newYear.TotalNumber]);
    }
}
