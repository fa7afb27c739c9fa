namespace Bulletin.Intake.Extraction;

/// <summary>The width a text was hard-wrapped at, measured in characters or in columns, if it was wrapped at all.</summary>
internal sealed record WrapWidth(Func<string, int>? Measure, int Width)
{
    private static readonly WrapWidth None = new(null, 0);

    public bool IsWrapped => Measure is not null;

    public bool IsFull(string line) => Measure is not null && Measure(line) * 10 >= Width * 9;

    public static WrapWidth Detect(IReadOnlyList<string> lines)
    {
        var texts = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var byCharacters = Candidate(texts, TextWidth.Characters, min: 30, max: 80);
        var byColumns = Candidate(texts, TextWidth.Columns, min: 60, max: 160);
        return byColumns.Full > byCharacters.Full ? byColumns.Width : byCharacters.Width;
    }

    private static (WrapWidth Width, int Full) Candidate(List<string> texts, Func<string, int> measure, int min, int max)
    {
        var widths = texts.Select(measure).ToList();
        var fitting = widths.Where(w => w <= max).ToList();
        if (fitting.Count == 0)
            return (None, 0);
        var width = fitting.Max();
        var full = fitting.Count(w => w * 10 >= width * 9);
        var longer = widths.Count(w => w > width);
        // A few longer lines (an unbreakable address) are fine; many mean the lines are paragraphs.
        return width >= min && full >= 2 && longer * 4 <= full ? (new WrapWidth(measure, width), full) : (None, 0);
    }
}
