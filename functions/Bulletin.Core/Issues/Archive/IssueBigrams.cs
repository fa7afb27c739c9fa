namespace Bulletin.Issues.Archive;

/// <summary>The bigrams (pairs of adjacent characters) the full-text archive indexes: Chinese needs no word segmenter to be
/// searched this way. Each text is lower-cased and split at whitespace; a pair never spans two texts or a space. Bigrams
/// are spread over <see cref="Buckets"/> buckets by a fixed hash, so a phrase of a few characters reads a few buckets.</summary>
public static class IssueBigrams
{
    public const int Buckets = 32;

    public static IEnumerable<string> Of(string text)
    {
        foreach (var word in Words(text))
            for (var i = 0; i + 1 < word.Length; i++)
                yield return word.Substring(i, 2);
    }

    /// <summary>The words of a text or query: lower-cased, split at whitespace.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Which bucket holds a bigram (stable across processes, unlike string.GetHashCode).</summary>
    public static int Bucket(string bigram) => (bigram[0] * 31 + bigram[1]) % Buckets;

    /// <summary>Everything searchable of an issue: titles, units (every contributor of a 综合稿) and article text.</summary>
    public static IEnumerable<string> Texts(AssembledIssue issue) => issue.Articles.SelectMany(a =>
        new[] { a.Title, a.Unit }.Concat(a.Contributors.Select(c => c.Unit)).Concat(a.Paragraphs));
}
