using System.Text.Json;
using Azure.Data.Tables;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Storage;

namespace Bulletin.Tests.Intake.Storage;

/// <summary>Long text through a real table (Azurite refuses a property over 64 KiB as Azure does).</summary>
[Collection(nameof(IntakeHostCollection))]
public sealed class LongTextStorageTests(IntakeHostFixture app)
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(LongTextProperties.CharactersPerProperty)]
    [InlineData(200_000)]
    public async Task Chinese_paragraphs_of_any_length_up_to_the_stated_most_are_stored_and_read_back_without_escapes(int length)
    {
        var table = app.Tables.GetTableClient("longtexttests");
        await table.CreateIfNotExistsAsync();
        var paragraphs = Paragraphs(length);
        var entity = new TableEntity("p", Guid.NewGuid().ToString("N"));
        LongTextProperties.Write(entity, "Paragraphs", LongTextProperties.Serialize(paragraphs), 210_000);

        await table.AddEntityAsync(entity);
        var stored = (await table.GetEntityAsync<TableEntity>(entity.PartitionKey, entity.RowKey)).Value;

        Assert.Equal(paragraphs, JsonSerializer.Deserialize<string[]>(LongTextProperties.Read(stored, "Paragraphs")!));
        Assert.DoesNotContain(((IDictionary<string, object>)stored).Values.OfType<string>(), value => value.Contains("\\u", StringComparison.Ordinal));
    }

    /// <summary>Paragraphs of 100 characters holding <paramref name="length"/> characters in all.</summary>
    private static string[] Paragraphs(int length) =>
        LongTextPropertiesTests.Chinese(length).Chunk(100).Select(chars => new string(chars)).ToArray();
}
