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
/// submission id, so repeating one changes nothing and two at once both land.</summary>
public sealed class StatisticsFactStore(TableServiceClient tables)
{
    public const string TableName = "statfacts";
    private const int MaxAttempts = 60;

    private TableClient Table => tables.GetTableClient(TableName);

    /// <summary>Records where each submission stands now (review status); leaves what issues said untouched.</summary>
    public Task RecordSubmissionsAsync(IEnumerable<Submission> submissions, CancellationToken cancellationToken) =>
        ChangeAsync(submissions.Select(s => new Change(s.Id, s.Unit, e => e with { Status = s.Status })), cancellationToken);

    /// <summary>Records that <paramref name="articles"/> were printed in issue <paramref name="issue"/>, the first as its lead article.</summary>
    public Task RecordPublicationsAsync(string issue, IReadOnlyList<AssembledArticle> articles, CancellationToken cancellationToken) =>
        RecordPublicationsAsync(articles.Select((a, i) => (issue, a, i == 0)), cancellationToken);

    /// <summary>Records many printed articles at once (a rebuild), one write per unit and month.</summary>
    public Task RecordPublicationsAsync(IEnumerable<(string Issue, AssembledArticle Article, bool Lead)> printed, CancellationToken cancellationToken) =>
        ChangeAsync(printed.Select(p => new Change(p.Article.SubmissionId, p.Article.Unit, e => e with { Published = true, Lead = p.Lead, Issue = p.Issue })),
            cancellationToken);

    /// <summary>The facts of submissions received within <paramref name="period"/> (China dates), its months read in parallel.</summary>
    public async Task<IReadOnlyList<StatisticsFact>> ListAsync(StatisticsPeriod period, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        var months = await Task.WhenAll(period.Months().Select(async month =>
        {
            var facts = new List<StatisticsFact>();
            await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {month}"), cancellationToken: cancellationToken))
                facts.AddRange(UnitMonthFacts.Read(row).Select(e => e.ToFact(row.GetString("Unit") ?? "")).Where(f => f.ReceivedOn >= period.From && f.ReceivedOn <= period.To));
            return facts;
        }));
        return months.SelectMany(m => m).ToList();
    }

    private sealed record Change(string SubmissionId, string Unit, Func<FactEntry, FactEntry> Apply);

    private async Task ChangeAsync(IEnumerable<Change> changes, CancellationToken cancellationToken)
    {
        await Table.CreateIfNotExistsAsync(cancellationToken);
        foreach (var row in changes.GroupBy(c => (Month: SubmissionId.Partition(c.SubmissionId), c.Unit)))
            await ChangeRowAsync(row.Key.Month, row.Key.Unit, row.ToList(), cancellationToken);
    }

    private async Task ChangeRowAsync(string month, string unit, IReadOnlyList<Change> changes, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await Table.GetEntityIfExistsAsync<TableEntity>(month, TableKey.Encode(unit), cancellationToken: cancellationToken);
            var existing = stored.HasValue ? stored.Value : null;
            var entries = (existing is null ? [] : UnitMonthFacts.Read(existing)).ToDictionary(e => e.SubmissionId, StringComparer.Ordinal);
            var changed = false;
            foreach (var change in changes)
            {
                var before = entries.GetValueOrDefault(change.SubmissionId) ?? new FactEntry(change.SubmissionId, null, false, false, null);
                var after = change.Apply(before);
                changed |= after != before || !entries.ContainsKey(change.SubmissionId);
                entries[change.SubmissionId] = after;
            }
            if (!changed)
                return; // a repeated change: nothing to write
            var row = UnitMonthFacts.Write(month, unit, entries.Values);
            try
            {
                if (existing is null)
                    await Table.AddEntityAsync(row, cancellationToken);
                else
                    await Table.UpdateEntityAsync(row, existing.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another change to this unit's month landed first: read it and apply ours again, after a random pause
                // so that many writers at once (a queue batch) do not keep colliding.
                await Task.Delay(Random.Shared.Next(0, 10 + 5 * Math.Min(attempt, 20)), cancellationToken);
            }
        }
        throw new InvalidOperationException($"Statistics of {unit} in {month} kept changing; the step will be retried.");
    }
}

/// <summary>What statistics keep of one submission inside its unit-month row.</summary>
/// <param name="Status">Null while only a publication has been recorded (the submission itself not yet).</param>
internal sealed record FactEntry(string SubmissionId, SubmissionStatus? Status, bool Published, bool Lead, string? Issue)
{
    public StatisticsFact ToFact(string unit) => new(SubmissionId, unit,
        DateOnly.ParseExact(SubmissionId[..8], "yyyyMMdd", CultureInfo.InvariantCulture),
        // Only adopted articles are printed, so a publication recorded before its submission was adopted.
        Status ?? (Published ? SubmissionStatus.Adopted : SubmissionStatus.Submitted), Published, Lead);
}

/// <summary>The packing of a unit-month row: entries <c>id,status,published,lead,issue</c> joined by <c>;</c>, split over
/// properties <c>Facts0…n</c> of at most 30,000 characters each (a property holds 32K), ordered by id.</summary>
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
            yield return new FactEntry(f[0], Enum.TryParse<SubmissionStatus>(f[1], out var status) ? status : null, f[2] == "1", f[3] == "1",
                f[4].Length == 0 ? null : f[4]);
        }
    }

    public static TableEntity Write(string month, string unit, IEnumerable<FactEntry> entries)
    {
        var packed = string.Join(';', entries.OrderBy(e => e.SubmissionId, StringComparer.Ordinal)
            .Select(e => $"{e.SubmissionId},{e.Status},{(e.Published ? 1 : 0)},{(e.Lead ? 1 : 0)},{e.Issue}"));
        var row = new TableEntity(month, TableKey.Encode(unit)) { ["Unit"] = unit };
        for (var i = 0; i * PropertyLength < packed.Length; i++)
            row[$"Facts{i}"] = packed.Substring(i * PropertyLength, Math.Min(PropertyLength, packed.Length - i * PropertyLength));
        return row;
    }
}
