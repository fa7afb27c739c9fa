using System.Text.Json;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>A submission in table <c>submissions</c>: PartitionKey the month of receipt (yyyyMM), RowKey the id. The paragraphs
/// and the editor's edited paragraphs are JSON over <see cref="LongTextProperties"/> (<c>Paragraphs</c>, <c>Paragraphs1</c>…),
/// each at most <see cref="ArticleLimits.MaxStoredCharacters"/>: two copies of 300 KB fit the 1 MiB an entity holds.</summary>
internal static class SubmissionEntity
{
    private const string Paragraphs = "Paragraphs", EditedParagraphs = "EditedParagraphs";

    public static TableEntity From(Submission s, string? inboundBlob)
    {
        var entity = new TableEntity(SubmissionId.Partition(s.Id), s.Id)
        {
            ["Unit"] = s.Unit, ["SubmitterEmail"] = BoundedText.Bound(s.SubmitterEmail, BoundedText.Short),
            ["SubmitterName"] = BoundedText.Bound(s.SubmitterName, BoundedText.Short), ["Source"] = s.Source.ToString(),
            ["Title"] = BoundedText.Bound(s.Title, ArticleLimits.MaxTitleCharacters), ["Originals"] = LongTextProperties.Serialize(s.Originals),
            ["Status"] = s.Status.ToString(), ["ReceivedAt"] = s.ReceivedAt, ["MessageId"] = BoundedText.BoundOrNull(s.MessageId, BoundedText.Short),
            ["InboundBlob"] = inboundBlob, ["ReceiptSent"] = false, ["ReviewQueued"] = false,
            ["PreviousSubmissionId"] = s.PreviousSubmissionId, ["SolicitationNumber"] = s.SolicitationNumber,
            ["Approver"] = BoundedText.BoundOrNull(s.Signatories.Approver, BoundedText.Short),
            ["Author"] = BoundedText.BoundOrNull(s.Signatories.Author, BoundedText.Short), ["Phone"] = BoundedText.BoundOrNull(s.Signatories.Phone, BoundedText.Short),
            // At most 20 photos of names and short captions: well under a property's 64 KB; the bytes are blobs.
            ["Photos"] = s.Photos.Count == 0 ? null : JsonSerializer.Serialize(s.Photos),
        };
        LongTextProperties.Write(entity, Paragraphs, LongTextProperties.Serialize(s.Paragraphs), ArticleLimits.MaxStoredCharacters);
        foreach (var absent in entity.Where(p => p.Value is null).Select(p => p.Key).ToList())
            entity.Remove(absent);
        return entity;
    }

    public static Submission ToSubmission(TableEntity e)
    {
        var status = Enum.Parse<SubmissionStatus>(e.GetString("Status"));
        return new Submission(e.RowKey, e.GetString("Unit") ?? "", e.GetString("SubmitterEmail") ?? "", e.GetString("SubmitterName") ?? "",
            Enum.Parse<SubmissionSource>(e.GetString("Source")), e.GetString("Title") ?? "", ParagraphsIn(e, Paragraphs) ?? [],
            JsonSerializer.Deserialize<List<string>>(e.GetString("Originals") ?? "[]") ?? [], status, e.GetDateTimeOffset("ReceivedAt") ?? default,
            NullIfEmpty(e.GetString("MessageId")))
        {
            PreviousSubmissionId = NullIfEmpty(e.GetString("PreviousSubmissionId")),
            SolicitationNumber = e.GetInt32("SolicitationNumber"),
            Signatories = Signatories.Of(e.GetString("Approver"), e.GetString("Author"), e.GetString("Phone")),
            Photos = e.GetString("Photos") is { Length: > 0 } photos ? JsonSerializer.Deserialize<List<ArticlePhoto>>(photos) ?? [] : [],
            Decision = e.GetString("DecisionId") is not { } decisionId ? null : new SubmissionDecision(decisionId,
                Enum.TryParse<SubmissionStatus>(e.GetString("DecisionFrom"), out var from) ? from : SubmissionStatus.Submitted, status,
                e.GetString("DecidedBy") ?? "", e.GetDateTimeOffset("DecidedAt") ?? default, e.GetString("DecisionChannel") ?? "",
                NullIfEmpty(e.GetString("DecisionReason")), NullIfEmpty(e.GetString("EditedTitle")), ParagraphsIn(e, EditedParagraphs)),
        };
    }

    /// <summary>The columns <see cref="ToSummary"/> reads (a list index entry, <see cref="SubmissionListEntry"/>), so a list
    /// query leaves the text where it is.</summary>
    public static readonly string[] ListColumns = ["RowKey", "Unit", "Title", "Status", "SubmitterEmail", "ReceivedAt", "EditedTitle"];

    public static SubmissionSummary ToSummary(TableEntity e) => new(e.RowKey, e.GetString("Unit") ?? "", e.GetString("Title") ?? "",
        Enum.Parse<SubmissionStatus>(e.GetString("Status")), e.GetString("SubmitterEmail") ?? "", e.GetDateTimeOffset("ReceivedAt") ?? default)
    {
        EditedTitle = NullIfEmpty(e.GetString("EditedTitle")),
    };

    public static SubmissionProgress ProgressOf(TableEntity e) => new(e.GetBoolean("ReceiptSent") ?? false, e.GetBoolean("ReviewQueued") ?? false);

    /// <summary>The decision whose notice the submitter has been sent (claimed before sending).</summary>
    public static string? NoticeSentFor(TableEntity e) => e.GetString("NoticeSentFor");

    /// <summary>The properties a decision changes, for a merge that leaves everything else as it is.</summary>
    public static TableEntity DecisionPatch(string id, SubmissionDecision d)
    {
        var patch = new TableEntity(SubmissionId.Partition(id), id)
        {
            ["Status"] = d.Status.ToString(), ["DecisionId"] = d.DecisionId, ["DecisionFrom"] = d.FromStatus.ToString(),
            ["DecidedBy"] = BoundedText.Bound(d.DecidedBy, BoundedText.Short), ["DecidedAt"] = d.DecidedAt, ["DecisionChannel"] = d.Channel,
            // Empty rather than null: a merge skips null properties, and a re-decision must clear the earlier edits.
            ["DecisionReason"] = BoundedText.Bound(d.Reason ?? "", BoundedText.Detail),
            ["EditedTitle"] = BoundedText.Bound(d.EditedTitle ?? "", ArticleLimits.MaxTitleCharacters),
        };
        LongTextProperties.Write(patch, EditedParagraphs, d.EditedParagraphs is null ? "" : LongTextProperties.Serialize(d.EditedParagraphs),
            ArticleLimits.MaxStoredCharacters);
        return patch;
    }

    private static List<string>? ParagraphsIn(TableEntity e, string name) =>
        LongTextProperties.Read(e, name) is { Length: > 0 } json ? JsonSerializer.Deserialize<List<string>>(json) : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
