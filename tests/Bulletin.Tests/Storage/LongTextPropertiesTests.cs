using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Tests.Storage;

/// <summary>Text split over table properties <c>Name</c>, <c>Name1</c>… and read back whole; JSON in it keeps Chinese as written.</summary>
public sealed class LongTextPropertiesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(LongTextProperties.CharactersPerProperty)]
    [InlineData(LongTextProperties.CharactersPerProperty + 1)]
    [InlineData(200_000)]
    public void Text_of_any_length_up_to_the_stated_most_reads_back_exactly(int length)
    {
        var text = Chinese(length);
        var entity = new TableEntity("p", "r");

        LongTextProperties.Write(entity, "Text", text, 200_000);

        Assert.Equal(text, LongTextProperties.Read(entity, "Text"));
        Assert.All(entity.Where(p => p.Key.StartsWith("Text", StringComparison.Ordinal)),
            p => Assert.True(((string)p.Value).Length <= LongTextProperties.CharactersPerProperty, $"{p.Key} fits one table property"));
    }

    [Fact]
    public void Text_that_fits_one_property_is_stored_under_its_own_name_as_before()
    {
        var entity = new TableEntity("p", "r");

        LongTextProperties.Write(entity, "Paragraphs", "[\"近日\"]", 150_000);

        Assert.Equal("[\"近日\"]", entity.GetString("Paragraphs"));
        Assert.Equal("", entity.GetString("Paragraphs1"));
    }

    [Fact]
    public void A_surrogate_pair_at_a_piece_boundary_is_never_split()
    {
        var text = new string('中', LongTextProperties.CharactersPerProperty - 1) + "𠮷" + Chinese(10);
        var entity = new TableEntity("p", "r");

        LongTextProperties.Write(entity, "Text", text, 100_000);

        Assert.False(char.IsHighSurrogate(entity.GetString("Text")[^1]));
        Assert.Equal(text, LongTextProperties.Read(entity, "Text"));
    }

    [Fact]
    public void A_shorter_text_written_over_a_longer_one_leaves_nothing_of_it()
    {
        var entity = new TableEntity("p", "r");
        LongTextProperties.Write(entity, "Text", Chinese(70_000), 100_000);

        LongTextProperties.Write(entity, "Text", "短", 100_000);

        Assert.Equal("短", LongTextProperties.Read(entity, "Text"));
    }

    [Fact]
    public void Text_longer_than_the_stated_most_is_refused_rather_than_written_in_part()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => LongTextProperties.Write(entity, "Text", Chinese(100_001), 100_000));
        Assert.DoesNotContain(entity.Keys, k => k.StartsWith("Text", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_in_JSON_is_stored_as_written_without_escapes()
    {
        var json = LongTextProperties.Serialize(new[] { "新安路街道“3个+”保障重点项目", "引号\"与反斜杠\\" });

        Assert.Equal("[\"新安路街道“3个+”保障重点项目\",\"引号\\\"与反斜杠\\\\\"]", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void A_bounded_field_keeps_short_values_and_marks_what_it_cut()
    {
        var long100k = new string('长', 100_000);

        Assert.Equal("短标题", BoundedText.Bound("短标题", 200));
        Assert.Equal(200, BoundedText.Bound(long100k, 200).Length);
        Assert.EndsWith(BoundedText.Mark, BoundedText.Bound(long100k, 200));
        Assert.StartsWith("长长长", BoundedText.Bound(long100k, 200));
    }

    /// <summary>Chinese text of exactly <paramref name="length"/> characters.</summary>
    internal static string Chinese(int length)
    {
        const string sentence = "近日，区新安路街道围绕服务中铝、打造陆港、产城融合、和谐发展的工作思路，大力推行党建引领服务。";
        var text = new System.Text.StringBuilder(length + sentence.Length);
        while (text.Length < length)
            text.Append(sentence);
        return text.ToString(0, length);
    }
}
