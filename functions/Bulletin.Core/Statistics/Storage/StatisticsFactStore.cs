using System.Globalization;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Storage;

namespace Bulletin.Statistics.Storage;

/// <summary>The statistics facts in table <c>statfacts</c>, one row per unit and month of receipt: PartitionKey the month
/// (yyyyMM, China time, as in <c>submissions</c>), RowKey the unit, and the facts of that unit's submissions of the month
/// packed into <c>Facts0…n</c> (<see cref="UnitMonthFacts"/>). A year is 12 parallel single-partition queries of about
/// one row per unit, however many submissions there are; a range starting or ending mid-month is cut by the date in
/// each submission id. Every change is a read-modify-write of one row under its ETag (retried on a conflict), keyed by
/// submission id, so repeating one changes nothing and two at once both land. A solicitation's answer is a field of its
/// submission's entry; a unit that let a solicitation's deadline pass has an entry of its own, <c>missing:12</c>, in its
/// row of the deadline's month, removed when the unit answers late.</summary>
public sealed class StatisticsFactStore(TableServiceClient tables)
{
    public const string TableName = "statfacts";
    private const int MaxAttempts = 60;

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Records where each submission stands now (review status); leaves what issues said untouched.</summary>
    public Task RecordSubmissionsAsync(IEnumerable<Submission> submissions, CancellationToken cancellationToken) =>
        ChangeAsync(submissions.Select(s => Change.OfSubmission(s.Id, s.Unit, e => e with { Status = s.Status })), cancellationToken);

    /// <summary>Records that <paramref name="articles"/> were printed in issue <paramref name="issue"/>, the first as its lead article.</summary>
    public Task RecordPublicationsAsync(AssembledIssue issue, CancellationToken cancellationToken) =>
        RecordPublicationsAsync(issue.Articles.Select((a, i) => (issue, a, i == 0)), cancellationToken);

    /// <summary>Records many printed articles at once (a rebuild), one write per unit and month: every contributor of an
    /// article, with the issue's series and kind and whether the article was its own (独编) or combined (综合稿).</summary>
    public Task RecordPublicationsAsync(IEnumerable<(AssembledIssue Issue, AssembledArticle Article, bool Lead)> printed, CancellationToken cancellationToken) =>
        ChangeAsync(printed.SelectMany(p => p.Article.Contributors.Select(c => Change.OfSubmission(c.SubmissionId, c.Unit, e => e with
        {
            Published = true, Lead = p.Lead, Issue = StatisticsRecorder.IssueName(p.Issue), Series = p.Issue.SeriesId,
            SeriesKind = FactEntry.Clean(p.Issue.SeriesKind), Combined = p.Article.IsCombined,
        }))), cancellationToken);

    /// <summary>Records printed articles by issue name alone (no series recorded), as before series existed.</summary>
    public Task RecordPublicationsAsync(IEnumerable<(string Issue, AssembledArticle Article, bool Lead)> printed, CancellationToken cancellationToken) =>
        ChangeAsync(printed.Select(p => Change.OfSubmission(p.Article.SubmissionId, p.Article.Unit, e => e with { Published = true, Lead = p.Lead, Issue = p.Issue })),
            cancellationToken);

    /// <summary>An answer marks its submission's entry on time or late and removes the unit's missing entry, if the timer
    /// wrote one; a missing answer is an entry <c>missing:12</c> dated the deadline's China date (not a submission).</summary>
    public Task RecordSolicitationAsync(SolicitationOutcome outcome, CancellationToken cancellationToken)
    {
        var deadline = ChinaTime.Date(outcome.Deadline);
        var missingKey = FactEntry.MissingKey(outcome.Solicitation);
        var missing = new Change(deadline.ToString("yyyyMM", CultureInfo.InvariantCulture), missingKey, outcome.Unit,
            e => e with { Solicited = SolicitationOutcome.Missing, Solicitation = outcome.Solicitation, Day = deadline });
        if (outcome.SubmissionId is not { } id)
            return ChangeAsync([missing], cancellationToken);
        return ChangeAsync([
            Change.OfSubmission(id, outcome.Unit, e => e with { Solicited = outcome.Outcome, Solicitation = outcome.Solicitation }),
            missing with { Apply = _ => null },
        ], cancellationToken);
    }

    /// <summary>Sets the levels of the upper-level adoptions and leaders' instructions recorded on a submission (the whole
    /// list each time, so a repeat or a correction leaves exactly what the records say).</summary>
    public Task RecordUpperLevelsAsync(string submissionId, string unit, IReadOnlyList<string> adoptions, IReadOnlyList<string> instructions,
        CancellationToken cancellationToken) =>
        ChangeAsync([Change.OfSubmission(submissionId, unit, e => e with { Upper = FactEntry.Levels(adoptions), Instructions = FactEntry.Levels(instructions) })],
            cancellationToken);

    /// <summary>The facts of submissions received within <paramref name="period"/> (China dates), its months read in parallel.</summary>
    public Task<IReadOnlyList<StatisticsFact>> ListAsync(StatisticsPeriod period, CancellationToken cancellationToken) =>
        ReadAsync(period, (e, unit) => e.ToFact(unit), f => f.ReceivedOn, cancellationToken);

    /// <summary>Where the submissions received within <paramref name="period"/> were printed (series, kind, 独编 or 综合),
    /// for those published since series were recorded.</summary>
    public Task<IReadOnlyList<StatisticsPrinting>> ListPrintingsAsync(StatisticsPeriod period, CancellationToken cancellationToken) =>
        ReadAsync(period, (e, unit) => e.ToPrinting(unit), p => p.ReceivedOn, cancellationToken);

    /// <summary>The entries of <paramref name="period"/>'s months, read in parallel, as <paramref name="map"/> makes them.</summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(StatisticsPeriod period, Func<FactEntry, string, T?> map, Func<T, DateOnly> day,
        CancellationToken cancellationToken) where T : class
    {
        await Table.EnsureExistsAsync(cancellationToken);
        var months = await Task.WhenAll(period.Months().Select(async month =>
        {
            var found = new List<T>();
            await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {month}"), cancellationToken: cancellationToken))
                found.AddRange(UnitMonthFacts.Read(row).Select(e => map(e, row.GetString("Unit") ?? "")).OfType<T>()
                    .Where(f => day(f) >= period.From && day(f) <= period.To));
            return found;
        }));
        return months.SelectMany(m => m).ToList();
    }

    /// <summary>A change to the entry <paramref name="Key"/> of a unit-month row; <paramref name="Apply"/> returning null removes it.</summary>
    private sealed record Change(string Month, string Key, string Unit, Func<FactEntry, FactEntry?> Apply)
    {
        public static Change OfSubmission(string id, string unit, Func<FactEntry, FactEntry?> apply) => new(SubmissionId.Partition(id), id, unit, apply);
    }

    private async Task ChangeAsync(IEnumerable<Change> changes, CancellationToken cancellationToken)
    {
        await Table.EnsureExistsAsync(cancellationToken);
        foreach (var row in changes.GroupBy(c => (c.Month, c.Unit)))
            await ChangeRowAsync(row.Key.Month, row.Key.Unit, row.ToList(), cancellationToken);
    }

    private async Task ChangeRowAsync(string month, string unit, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(month, TableKey.Encode(unit), cancellationToken: cancellationToken);
            var existing = stored.HasValue ? stored.Value : null;
            var entries = (existing is null ? [] : UnitMonthFacts.Read(existing)).ToDictionary(e => e.Key, StringComparer.Ordinal);
            var changed = false;
            foreach (var change in changes)
            {
                var had = entries.TryGetValue(change.Key, out var before);
                var after = change.Apply(before ??= new FactEntry(change.Key, null, false, false, null));
                if (after is null)
                    changed |= entries.Remove(change.Key);
                else if (!had || after != before)
                {
                    entries[change.Key] = after;
                    changed = true;
                }
            }
            if (!changed)
                return; // a repeated change: nothing to write
            var row = UnitMonthFacts.Write(month, unit, entries.Values);
            try
            {
                if (existing is null)
                    await Table.AddEntityAsync(row, cancellationToken);
                else if (entries.Count == 0)
                    await Table.DeleteEntityAsync(month, existing.RowKey, existing.ETag, cancellationToken); // its last entry removed
                else
                    await Table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
            {
                // Another change to this unit's month landed first: read it and apply ours again, after a random pause
                // so that many writers at once (a queue batch) do not keep colliding.
                await Task.Delay(Random.Shared.Next(0, 10 + 5 * Math.Min(attempt, 20)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"Statistics of {unit} in {month} kept changing; the step will be retried.");
    }
}

/// <summary>What statistics keep of one submission inside its unit-month row, or of a unit's missing answer to a
/// solicitation (<see cref="MissingKey"/>: no submission, dated <see cref="Day"/>).</summary>
/// <param name="Key">The submission id, or <c>missing:12</c>.</param>
/// <param name="Status">Null while only a publication has been recorded (the submission itself not yet).</param>
/// <param name="Solicited">How the submission answers solicitation <paramref name="Solicitation"/>, or <c>missing</c>.</param>
/// <param name="Day">The China date of an entry whose key is no submission id (a missing answer: the deadline's).</param>
internal sealed record FactEntry(string Key, SubmissionStatus? Status, bool Published, bool Lead, string? Issue,
    string? Solicited = null, int? Solicitation = null, DateOnly? Day = null, string? Series = null, string? SeriesKind = null, bool Combined = false,
    string? Upper = null, string? Instructions = null)
{
    /// <summary>Free text made safe for the packing (no <c>,</c> or <c>;</c>).</summary>
    public static string? Clean(string? text) => text?.Replace(',', '，').Replace(';', '；');

    public static string MissingKey(int solicitation) => $"missing:{solicitation}";

    /// <summary>Levels packed as <c>市|省</c> (null for none), in a stable order so an unchanged list writes nothing.</summary>
    public static string? Levels(IReadOnlyList<string> levels) => levels.Count == 0 ? null : string.Join('|', levels.Order(StringComparer.Ordinal));

    private static IReadOnlyList<string> Unpack(string? levels) => levels?.Split('|') ?? [];

    /// <summary>The fact, or null for an entry of a kind this code does not know (neither a submission nor dated).</summary>
    public StatisticsFact? ToFact(string unit) => (Day ?? ReceivedOn(Key)) is { } day
        ? new(Key, unit, day,
            // Only adopted articles are printed, so a publication recorded before its submission was adopted.
            Status ?? (Published ? SubmissionStatus.Adopted : SubmissionStatus.Submitted), Published, Lead)
        { Solicited = Solicited, UpperAdoptions = Unpack(Upper), Instructions = Unpack(Instructions), Series = Series, SeriesKind = SeriesKind, Combined = Combined }
        : null;

    /// <summary>Where the submission was printed; null unless published since series were recorded.</summary>
    public StatisticsPrinting? ToPrinting(string unit) => Published && Series is not null && ReceivedOn(Key) is { } day
        ? new(Key, unit, day, Issue ?? "", Series, SeriesKind ?? "", Combined) : null;

    private static DateOnly? ReceivedOn(string id) => SubmissionId.ReceivedOn(id);
}

/// <summary>The packing of a unit-month row: entries <c>key,status,published,lead,issue[,solicited,solicitation,day[,series,kind,combined[,upper,instructions]]]</c>
/// joined by <c>;</c> (the last three only when set, day as yyyyMMdd), split over properties <c>Facts0…n</c> of at most
/// 30,000 characters each (a property holds 32K), ordered by key. Readers ignore fields they do not know.</summary>
internal static class UnitMonthFacts
{
    private const int PropertyLength = 30_000;

    public static IEnumerable<FactEntry> Read(TableEntity row)
    {
        var packed = new StringBuilder();
        for (var i = 0; row.GetString($"Facts{i}") is { } part; i++)
            packed.Append(part);
        foreach (var entry in packed.ToString().Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = entry.Split(',');
            yield return new FactEntry(f[0], Enum.TryParse<SubmissionStatus>(Field(f, 1), out var status) ? status : null, Field(f, 2) == "1", Field(f, 3) == "1",
                Field(f, 4), Field(f, 5), int.TryParse(Field(f, 6), CultureInfo.InvariantCulture, out var number) ? number : null,
                DateOnly.TryParseExact(Field(f, 7), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
                Field(f, 8), Field(f, 9), Field(f, 10) == "1", Field(f, 11), Field(f, 12));
        }
    }

    /// <summary>Field <paramref name="i"/> of an entry; null when empty or absent (an entry written before the field existed).</summary>
    private static string? Field(string[] fields, int i) => fields.Length > i && fields[i].Length > 0 ? fields[i] : null;

    public static TableEntity Write(string month, string unit, IEnumerable<FactEntry> entries)
    {
        var packed = string.Join(';', entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(Pack));
        var row = new TableEntity(month, TableKey.Encode(unit)) { ["Unit"] = unit };
        for (var i = 0; i * PropertyLength < packed.Length; i++)
            row[$"Facts{i}"] = packed.Substring(i * PropertyLength, Math.Min(PropertyLength, packed.Length - i * PropertyLength));
        return row;
    }

    private static string Pack(FactEntry e)
    {
        var packed = $"{e.Key},{e.Status},{(e.Published ? 1 : 0)},{(e.Lead ? 1 : 0)},{e.Issue}";
        if (e.Solicited is null && e.Solicitation is null && e.Day is null && e.Series is null && e.Upper is null && e.Instructions is null)
            return packed; // a submission no solicitation asked for, no series printed and no upper level noted: as before solicitations
        packed = $"{packed},{e.Solicited},{e.Solicitation?.ToString(CultureInfo.InvariantCulture)},{e.Day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        if (e.Series is null && e.Upper is null && e.Instructions is null)
            return packed;
        packed = $"{packed},{e.Series},{e.SeriesKind},{(e.Combined ? 1 : 0)}";
        return e.Upper is null && e.Instructions is null ? packed : $"{packed},{e.Upper},{e.Instructions}";
    }
}
