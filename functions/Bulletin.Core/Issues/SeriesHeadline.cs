namespace Bulletin.Issues;

/// <summary>A running series headline and this issue's part of it, printed as 标题（四）.</summary>
public sealed record SeriesHeadline(string Text, int Part)
{
    /// <summary>The headline as printed, the part number in Chinese numerals in full-width parentheses.</summary>
    public override string ToString() => $"{Text}（{ChineseNumerals.Format(Part)}）";
}
