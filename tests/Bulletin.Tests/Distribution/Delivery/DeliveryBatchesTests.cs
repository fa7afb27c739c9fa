using Bulletin.Distribution.Delivery;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>Recipients split into batches of at most 1000 (SendGrid's personalizations per request), in order, none lost.</summary>
public sealed class DeliveryBatchesTests
{
    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(999, new[] { 999 })]
    [InlineData(1000, new[] { 1000 })]
    [InlineData(1001, new[] { 1000, 1 })]
    [InlineData(2500, new[] { 1000, 1000, 500 })]
    public void Recipients_split_into_batches_of_at_most_1000(int recipients, int[] sizes)
    {
        var people = Enumerable.Range(0, recipients).Select(i => $"p{i}@example.org").ToList();

        var batches = DeliveryBatches.Split(people, attempt: 1);

        Assert.Equal(sizes, batches.Select(b => b.Members.Length));
        Assert.Equal(people, batches.SelectMany(b => b.Members));
        Assert.Equal(Enumerable.Range(0, sizes.Length).Select(i => $"a01-{i:D4}"), batches.Select(b => b.BatchId));
    }

    [Fact]
    public void A_later_attempt_numbers_its_batches_after_those_it_has()
    {
        var batches = DeliveryBatches.Split(["a@example.org"], attempt: 3, firstIndex: 2);

        Assert.Equal("a03-0002", Assert.Single(batches).BatchId);
    }

    [Fact]
    public void No_recipients_give_no_batch() => Assert.Empty(DeliveryBatches.Split(Array.Empty<string>(), attempt: 1));
}
