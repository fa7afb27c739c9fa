using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Bulletin.Issues.Markings.Storage;
using Bulletin.Issues.Publications;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>An issue as a row of table <c>issues</c>: PartitionKey the year (<c>{series}:{year}</c> outside the default series), RowKey the number (D3); the articles as JSON
/// split over <c>Articles0</c>, <c>Articles1</c>… because one property holds at most 32K characters. <c>Heads</c> repeats the
/// articles without their text (titles, units, sources), so lists read a few hundred bytes an issue instead of its text.</summary>
internal static class IssueEntity
{
    private const string Heads = "Heads";
    /// <summary>Room for about 600 article heads; an issue holds a few dozen.</summary>
    private const int MaxHeadCharacters = 60_000;

    private static JsonSerializerOptions Json => LongTextProperties.Json;

    /// <summary>Every column but the articles' text: what <see cref="ToHeads"/> reads.</summary>
    public static readonly string[] HeadColumns =
    [
        "PartitionKey", "RowKey", "TotalNumber", "State", "BulletinName", "Office", "Date", "SeriesText", "SeriesPart", "SentUpTo",
        "IssuedTo", "Editors", "SeriesId", "SeriesKind", "PrintsTotal", "SeriesName", "EditorsNote", .. MarkingsProperties.Columns,
        Heads, Heads + "1", Heads + "2",
    ];

    public static string Partition(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The default series' issues keep the year alone (as before series existed); others are <c>{id}:{year}</c>.</summary>
    public static string Partition(string series, int year) => IssueSeries.KeyPrefix(series) + Partition(year);
    public static string Row(int number) => number.ToString("D3", CultureInfo.InvariantCulture);

    public static TableEntity From(AssembledIssue issue)
    {
        var entity = new TableEntity(Partition(issue.SeriesId, issue.Year), Row(issue.Number))
        {
            ["TotalNumber"] = issue.TotalNumber, ["State"] = issue.State.ToString(), ["BulletinName"] = issue.BulletinName,
            ["Office"] = issue.Office, ["Date"] = issue.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["SeriesText"] = issue.Series?.Text, ["SeriesPart"] = issue.Series?.Part, ["SentUpTo"] = issue.SentUpTo,
            ["IssuedTo"] = issue.IssuedTo, ["Editors"] = JsonSerializer.Serialize(issue.Editors, Json),
            ["SeriesId"] = issue.SeriesId, ["SeriesKind"] = issue.SeriesKind, ["PrintsTotal"] = issue.PrintsTotal,
            ["SeriesName"] = issue.SeriesName,
        };
        MarkingsProperties.Write(entity, issue.Markings);
        entity["EditorsNote"] = issue.EditorsNote;
        var chunks = LongTextProperties.Chunks(JsonSerializer.Serialize(issue.Articles, Json)).ToList();
        entity["ArticleChunks"] = chunks.Count;
        LongTextProperties.Write(entity, Heads, JsonSerializer.Serialize(issue.Articles.Select(HeadOf), Json), MaxHeadCharacters);
        for (var i = 0; i < chunks.Count; i++)
            entity[$"Articles{i}"] = chunks[i];
        return entity;
    }

    public static AssembledIssue ToIssue(TableEntity e) =>
        Read(e, string.Concat(Enumerable.Range(0, e.GetInt32("ArticleChunks") ?? 0).Select(i => e.GetString($"Articles{i}"))));

    /// <summary>The issue with its articles' titles, units and sources but no paragraphs or photos, from a row read with
    /// <see cref="HeadColumns"/>; null for a row written before heads were stored (read it whole).</summary>
    public static AssembledIssue? ToHeads(TableEntity e) => LongTextProperties.Read(e, Heads) is { Length: > 0 } heads ? Read(e, heads) : null;

    /// <summary>The heads column of an issue read whole, to add to a row written before heads were stored.</summary>
    public static TableEntity HeadsPatch(AssembledIssue issue)
    {
        var patch = new TableEntity(Partition(issue.SeriesId, issue.Year), Row(issue.Number));
        LongTextProperties.Write(patch, Heads, JsonSerializer.Serialize(issue.Articles.Select(HeadOf), Json), MaxHeadCharacters);
        return patch;
    }

    private static AssembledArticle HeadOf(AssembledArticle article) => article with { Paragraphs = [], Photos = [], EditorsNote = null };

    private static AssembledIssue Read(TableEntity e, string articles)
    {
        var seriesText = e.GetString("SeriesText");
        return new AssembledIssue(
            int.Parse(e.PartitionKey[^4..], CultureInfo.InvariantCulture), int.Parse(e.RowKey, CultureInfo.InvariantCulture),
            e.GetInt32("TotalNumber") ?? 0, Enum.Parse<IssueState>(e.GetString("State")), e.GetString("BulletinName") ?? "",
            e.GetString("Office") ?? "", DateOnly.ParseExact(e.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.IsNullOrEmpty(seriesText) ? null : new SeriesHeadline(seriesText, e.GetInt32("SeriesPart") ?? 1),
            JsonSerializer.Deserialize<List<AssembledArticle>>(articles, Json) ?? [], e.GetString("SentUpTo") ?? "",
            e.GetString("IssuedTo") ?? "", JsonSerializer.Deserialize<List<string>>(e.GetString("Editors") ?? "[]", Json) ?? [])
        {
            SeriesId = e.GetString("SeriesId") ?? IssueSeries.DefaultId, SeriesKind = e.GetString("SeriesKind") ?? "正刊", PrintsTotal = e.GetBoolean("PrintsTotal") ?? true,
            Markings = MarkingsProperties.Read(e), EditorsNote = e.GetString("EditorsNote"),
            SeriesName = e.GetString("SeriesName") ?? e.GetString("BulletinName") ?? "",
        };
    }
}
