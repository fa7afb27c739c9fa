using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletin.Storage;

/// <summary>Text longer than one table property holds (64 KiB, 32K UTF-16 characters), split over properties
/// <c>Name</c>, <c>Name1</c>, <c>Name2</c>…; text that fits one property is stored exactly as before, under its name.
/// An entity holds at most 1 MiB and 255 properties, so each caller states the most characters it stores.</summary>
public static class LongTextProperties
{
    public const int CharactersPerProperty = 30_000;

    /// <summary>JSON that keeps Chinese as written: escaped, each character would take six.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    /// <summary>Writes <paramref name="text"/> over as many properties as <paramref name="maxCharacters"/> needs; the unused
    /// ones are written empty, so a merge clears what a longer earlier text left.</summary>
    public static void Write(IDictionary<string, object> entity, string name, string text, int maxCharacters)
    {
        if (text.Length > maxCharacters)
            throw new ArgumentException($"{name} holds at most {maxCharacters} characters; got {text.Length}.", nameof(text));
        var chunks = Chunks(text).ToList();
        for (var i = 0; i < PropertiesFor(maxCharacters); i++)
            entity[NameOf(name, i)] = i < chunks.Count ? chunks[i] : "";
    }

    /// <summary>The text written by <see cref="Write"/>, or by a single property of that name; null when there is none.</summary>
    public static string? Read(IDictionary<string, object> entity, string name)
    {
        if (!entity.TryGetValue(name, out var first) || first is not string text)
            return null;
        for (var i = 1; entity.TryGetValue(NameOf(name, i), out var next) && next is string more; i++)
            text += more;
        return text;
    }

    /// <summary>Pieces of at most <see cref="CharactersPerProperty"/>, never splitting a surrogate pair.</summary>
    public static IEnumerable<string> Chunks(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(CharactersPerProperty, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
                length--;
            yield return text.Substring(start, length);
            start += length;
        }
    }

    // One spare property for pieces shortened by a surrogate pair at their end.
    private static int PropertiesFor(int maxCharacters) => Math.Max(1, (maxCharacters + CharactersPerProperty - 1) / CharactersPerProperty + 1);

    private static string NameOf(string name, int index) => index == 0 ? name : $"{name}{index}";
}
