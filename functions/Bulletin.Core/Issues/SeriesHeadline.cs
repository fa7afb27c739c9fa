namespace Bulletin.Issues;

/// <summary>A running series headline and this issue's part of it, printed as 标题（四）.</summary>
public sealed record SeriesHeadline(string Text, int Part)
{
    /// <summary>The headline as printed, the part number in Chinese numerals in full-width parentheses.</summary>
    /// <summary>The part asked for when the editor leaves it to the app: the next of the last issue with the same headline.</summary>
    public const int NextPart = 0;

    /// <summary>The part after that of the last issue (by year and number) headed <paramref name="text"/>, or 1 for a new headline.</summary>
    public static int PartAfterLast(IEnumerable<AssembledIssue> issues, string text) =>
        (issues.Where(i => i.Series?.Text == text).MaxBy(i => (i.Year, i.Number))?.Series?.Part ?? 0) + 1;

    public override string ToString() => $"{Text}（{ChineseNumerals.Format(Part)}）";
}
