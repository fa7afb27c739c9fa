using Bulletin.Intake;
using Bulletin.Intake.Storage;

namespace Bulletin.Dashboard;

/// <summary>The dashboard's list: submissions of the last three months (this one and the two before, China time), counted by
/// state, filtered by unit and state, newest first; only the list columns are read.</summary>
public sealed class SubmissionBoard(SubmissionStore submissions, TimeProvider clock)
{
    public const int Months = 3;

    public async Task<SubmissionBoardView> ShowAsync(string? unit, SubmissionStatus? status, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Date(clock.GetUtcNow());
        var recent = await submissions.ListAsync(new SubmissionFilter(From: new DateOnly(today.Year, today.Month, 1).AddMonths(-(Months - 1))), cancellationToken);
        var ofUnit = recent.Where(s => unit is null || s.Unit == unit).ToList();
        var counts = Enum.GetValues<SubmissionStatus>().ToDictionary(s => s, s => ofUnit.Count(x => x.Status == s));
        var units = recent.Select(s => s.Unit).Distinct().Order(StringComparer.Ordinal).ToList();
        var shown = ofUnit.Where(s => status is null || s.Status == status).OrderByDescending(s => s.ReceivedAt).ToList();
        return new SubmissionBoardView(shown, counts, units);
    }
}

/// <param name="Counts">Per state, for the chosen unit (or all), whatever state is chosen.</param>
/// <param name="Units">Every unit with a submission in the period, for the filter.</param>
public sealed record SubmissionBoardView(IReadOnlyList<SubmissionSummary> Submissions, IReadOnlyDictionary<SubmissionStatus, int> Counts, IReadOnlyList<string> Units);
