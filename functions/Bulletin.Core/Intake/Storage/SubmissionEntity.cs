using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Bulletin.Intake.Storage;

/// <summary>A submission in table <c>submissions</c>: PartitionKey the month of receipt (yyyyMM), RowKey the id.</summary>
internal sealed class SubmissionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Unit { get; set; } = "";
    public string SubmitterEmail { get; set; } = "";
    public string SubmitterName { get; set; } = "";
    public string Source { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>Paragraphs as a JSON array (a table property holds up to 32K characters).</summary>
    public string Paragraphs { get; set; } = "[]";
    public string Originals { get; set; } = "[]";
    public string Status { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public string? MessageId { get; set; }
    public string? InboundBlob { get; set; }
    public bool ReceiptSent { get; set; }
    public bool ReviewQueued { get; set; }
    /// <summary>The submission this one revises after a send-back; empty for a first submission.</summary>
    public string? PreviousSubmissionId { get; set; }
    /// <summary>The solicitation (约稿) this submission answers; null for none.</summary>
    public int? SolicitationNumber { get; set; }

    // The latest decision (see SubmissionDecision); empty while the submission waits for review.
    public string? DecisionId { get; set; }
    public string? DecisionFrom { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionChannel { get; set; }
    public string? DecisionReason { get; set; }
    public string? EditedTitle { get; set; }
    public string? EditedParagraphs { get; set; }
    /// <summary>The decision whose notice the submitter has been sent (claimed before sending).</summary>
    public string? NoticeSentFor { get; set; }

    public static SubmissionEntity From(Submission s, string? inboundBlob) => new()
    {
        PartitionKey = SubmissionId.Partition(s.Id), RowKey = s.Id, Unit = s.Unit, SubmitterEmail = s.SubmitterEmail,
        SubmitterName = s.SubmitterName, Source = s.Source.ToString(), Title = s.Title, Paragraphs = JsonSerializer.Serialize(s.Paragraphs),
        Originals = JsonSerializer.Serialize(s.Originals), Status = s.Status.ToString(), ReceivedAt = s.ReceivedAt, MessageId = s.MessageId,
        InboundBlob = inboundBlob, PreviousSubmissionId = s.PreviousSubmissionId, SolicitationNumber = s.SolicitationNumber,
    };

    public Submission ToSubmission() => new(
        RowKey, Unit, SubmitterEmail, SubmitterName, Enum.Parse<SubmissionSource>(Source), Title,
        JsonSerializer.Deserialize<List<string>>(Paragraphs) ?? [], JsonSerializer.Deserialize<List<string>>(Originals) ?? [],
        Enum.Parse<SubmissionStatus>(Status), ReceivedAt, MessageId)
    {
        PreviousSubmissionId = NullIfEmpty(PreviousSubmissionId),
        SolicitationNumber = SolicitationNumber,
        Decision = DecisionId is null ? null : new SubmissionDecision(DecisionId,
            Enum.TryParse<SubmissionStatus>(DecisionFrom, out var from) ? from : SubmissionStatus.Submitted, Enum.Parse<SubmissionStatus>(Status), DecidedBy ?? "",
            DecidedAt ?? default, DecisionChannel ?? "", NullIfEmpty(DecisionReason), NullIfEmpty(EditedTitle),
            string.IsNullOrEmpty(EditedParagraphs) ? null : JsonSerializer.Deserialize<List<string>>(EditedParagraphs)),
    };

    /// <summary>The properties a decision changes, for a merge that leaves everything else as it is.</summary>
    public static TableEntity DecisionPatch(string id, SubmissionDecision d) => new(SubmissionId.Partition(id), id)
    {
        [nameof(Status)] = d.Status.ToString(), [nameof(DecisionId)] = d.DecisionId, [nameof(DecisionFrom)] = d.FromStatus.ToString(), [nameof(DecidedBy)] = d.DecidedBy,
        [nameof(DecidedAt)] = d.DecidedAt, [nameof(DecisionChannel)] = d.Channel, [nameof(DecisionReason)] = d.Reason ?? "",
        // Empty rather than null: a merge skips null properties, and a re-decision must clear the earlier edits.
        [nameof(EditedTitle)] = d.EditedTitle ?? "", [nameof(EditedParagraphs)] = d.EditedParagraphs is null ? "" : JsonSerializer.Serialize(d.EditedParagraphs),
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
