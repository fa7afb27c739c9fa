using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>One submission as the list index keeps it: the fields the list answers with, as the submission row stores them.</summary>
internal sealed record SubmissionListEntry(string Id, SubmissionStatus Status, DateTimeOffset ReceivedAt, string SubmitterEmail, string Title, string? EditedTitle)
{
    public static SubmissionListEntry Of(Submission s) => new(s.Id, s.Status, s.ReceivedAt, BoundedText.Bound(s.SubmitterEmail, BoundedText.Short),
        BoundedText.Bound(s.Title, ArticleLimits.MaxTitleCharacters), Edited(s.Decision?.EditedTitle));

    /// <summary>The entry of a submission row read with <see cref="SubmissionEntity.ListColumns"/>.</summary>
    public static SubmissionListEntry Of(TableEntity e)
    {
        var s = SubmissionEntity.ToSummary(e);
        return new(s.Id, s.Status, s.ReceivedAt, s.SubmitterEmail, s.Title, Edited(e.GetString("EditedTitle")));
    }

    public SubmissionListEntry Decided(SubmissionDecision d) => this with { Status = d.Status, EditedTitle = Edited(d.EditedTitle) };

    public SubmissionSummary ToSummary(string unit) => new(Id, unit, Title, Status, SubmitterEmail, ReceivedAt) { EditedTitle = EditedTitle };

    private static string? Edited(string? title) =>
        string.IsNullOrEmpty(title) ? null : BoundedText.Bound(title, ArticleLimits.MaxTitleCharacters);
}

/// <summary>A row of the list index: the entries of one unit's submissions of a month (or a part of them, <see cref="Part"/>),
/// packed as JSON over properties <c>Entries0…n</c> of at most 30,000 characters (a property holds 32K). A row is full at
/// <see cref="Capacity"/> characters counting every entry as if its edited title were as long as allowed, so a decision
/// never overgrows it: at most 400 KB of the 1 MiB a row holds, and well within a transaction's 4 MiB beside its submission.</summary>
internal sealed class SubmissionListRow(string month, string unit, int part, ETag? etag, Dictionary<string, SubmissionListEntry> entries)
{
    public const int Capacity = 200_000;
    private const int PropertyLength = 30_000;
    private static readonly JsonSerializerOptions Packing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Unit => unit;
    public int Part => part;
    /// <summary>Null for a row not stored yet.</summary>
    public ETag? ETag => etag;
    public IReadOnlyDictionary<string, SubmissionListEntry> Entries => entries;
    private int? _weight;

    /// <summary>Adds or replaces the entry of its submission.</summary>
    public void Put(SubmissionListEntry entry)
    {
        _weight = TotalWeight - (entries.TryGetValue(entry.Id, out var before) ? Weight(before) : 0) + Weight(entry);
        entries[entry.Id] = entry;
    }

    public static SubmissionListRow New(string month, string unit, int part) => new(month, unit, part, null, new(StringComparer.Ordinal));

    public static SubmissionListRow Read(TableEntity row)
    {
        var packed = new System.Text.StringBuilder();
        for (var i = 0; row.GetString($"Entries{i}") is { } chunk; i++)
            packed.Append(chunk);
        var fields = JsonSerializer.Deserialize<string?[][]>(packed.Length == 0 ? "[]" : packed.ToString(), Packing) ?? [];
        var entries = fields.Select(f => new SubmissionListEntry(f[0]!, Enum.Parse<SubmissionStatus>(f[1]!),
            new DateTimeOffset(long.Parse(f[2]!, CultureInfo.InvariantCulture), TimeSpan.Zero), f[3] ?? "", f[4] ?? "", f.Length > 5 ? f[5] : null));
        return new(row.PartitionKey, row.GetString("Unit") ?? "", row.GetInt32("Part") ?? 0, row.ETag, entries.ToDictionary(e => e.Id, StringComparer.Ordinal));
    }

    public TableEntity ToEntity()
    {
        var packed = JsonSerializer.Serialize(entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(Fields), Packing);
        var row = new TableEntity(month, SubmissionListKeys.Row(unit, part)) { ["Unit"] = unit, ["Part"] = part };
        for (var i = 0; i * PropertyLength < packed.Length; i++)
            row[$"Entries{i}"] = packed.Substring(i * PropertyLength, Math.Min(PropertyLength, packed.Length - i * PropertyLength));
        return row;
    }

    /// <summary>Whether <paramref name="entry"/> fits beside the entries already here.</summary>
    public bool HasRoomFor(SubmissionListEntry entry) => TotalWeight + Weight(entry) <= Capacity;

    private int TotalWeight => _weight ??= entries.Values.Sum(Weight);

    /// <summary>An entry's packed length plus room for the longest edited title a decision may give it (JSON may double a character).</summary>
    private static int Weight(SubmissionListEntry e) =>
        JsonSerializer.Serialize(Fields(e), Packing).Length + 1 + 2 * (ArticleLimits.MaxTitleCharacters - (e.EditedTitle?.Length ?? 0)) + 16;

    private static string?[] Fields(SubmissionListEntry e) => e.EditedTitle is null
        ? [e.Id, e.Status.ToString(), e.ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), e.SubmitterEmail, e.Title]
        : [e.Id, e.Status.ToString(), e.ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), e.SubmitterEmail, e.Title, e.EditedTitle];
}

/// <summary>Where the list index lives in a month partition of table <c>submissions</c>, after the submission ids
/// (<c>yyyyMMdd-XXXXXX</c>): the marker <c>~list</c> once the month's index holds every submission, and the unit rows
/// <c>~list~{unit}~{part}</c>.</summary>
internal static class SubmissionListKeys
{
    public const string Marker = "~list";
    /// <summary>Every row of the index is at least <see cref="Marker"/> and below <see cref="End"/>.</summary>
    public const string End = "~lisu";
    /// <summary>Submission rows are below this; the index rows are not.</summary>
    public const string Submissions = "~";

    /// <summary>The prefix of a unit's rows; <c>~</c> is encoded too, so no unit's prefix starts another's.</summary>
    public static string UnitPrefix(string unit) => $"{Marker}~{TableKey.Encode(unit).Replace("~", "%7E")}~";

    public static string Row(string unit, int part) => $"{UnitPrefix(unit)}{part:D3}";

    /// <summary>The end of a unit's rows (parts are digits, which sort before <c>~</c>).</summary>
    public static string UnitEnd(string unit) => $"{UnitPrefix(unit)}~";
}
