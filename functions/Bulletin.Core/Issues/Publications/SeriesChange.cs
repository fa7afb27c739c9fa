using Bulletin.Issues.Markings;

namespace Bulletin.Issues.Publications;

/// <summary>What a <c>PUT /api/series/{id}</c> asks for: fields left null, blank or empty stay as they are.</summary>
public sealed record SeriesChange(string? Name, string? Kind, string? Masthead, string? Office, bool? PrintsTotal, string? SentUpTo,
    string? IssuedTo, IReadOnlyList<string>? Editors, IReadOnlyList<string>? Signers, NextNumber? NextNumber, int? NextTotal)
{
    /// <summary>The default print markings asked for; <see cref="MarkingsChange.Keep"/> leaves them.</summary>
    public MarkingsChange Markings { get; init; } = MarkingsChange.Keep;

    /// <summary><paramref name="series"/> with the given fields changed.</summary>
    public IssueSeries ApplyTo(IssueSeries series) => series with
    {
        Name = Clean(Name) ?? series.Name, Kind = Clean(Kind) ?? series.Kind, Masthead = Clean(Masthead) ?? Clean(Name) ?? series.Masthead,
        Office = Clean(Office) ?? series.Office, PrintsTotal = PrintsTotal ?? series.PrintsTotal, SentUpTo = Clean(SentUpTo) ?? series.SentUpTo,
        IssuedTo = Clean(IssuedTo) ?? series.IssuedTo, Editors = CleanList(Editors) ?? series.Editors,
        Signers = CleanList(Signers)?.Select(s => s.ToLowerInvariant()).ToList() ?? series.Signers,
        Markings = Markings.ApplyTo(series.Markings),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static IReadOnlyList<string>? CleanList(IReadOnlyList<string>? items) =>
        items?.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList() is { Count: > 0 } list ? list : null;
}

/// <summary>The number the next issue of <paramref name="Year"/> gets (第 <paramref name="Number"/> 期).</summary>
public sealed record NextNumber(int Year, int Number);

/// <summary>What changing a series did.</summary>
public enum SeriesChangeOutcome { Created, Updated, Invalid, NumberAlreadyUsed, ChangedMeanwhile }

/// <summary>The series after the change, or why it was refused (Chinese, saying what to do).</summary>
public sealed record SeriesChangeResult(SeriesChangeOutcome Outcome, IssueSeries? Series, string? Problem = null);
