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

    public static SubmissionEntity From(Submission s, string? inboundBlob) => new()
    {
        PartitionKey = SubmissionId.Partition(s.Id), RowKey = s.Id, Unit = s.Unit, SubmitterEmail = s.SubmitterEmail,
        SubmitterName = s.SubmitterName, Source = s.Source.ToString(), Title = s.Title, Paragraphs = JsonSerializer.Serialize(s.Paragraphs),
        Originals = JsonSerializer.Serialize(s.Originals), Status = s.Status.ToString(), ReceivedAt = s.ReceivedAt, MessageId = s.MessageId,
        InboundBlob = inboundBlob,
    };

    public Submission ToSubmission() => new(
        RowKey, Unit, SubmitterEmail, SubmitterName, Enum.Parse<SubmissionSource>(Source), Title,
        JsonSerializer.Deserialize<List<string>>(Paragraphs) ?? [], JsonSerializer.Deserialize<List<string>>(Originals) ?? [],
        Enum.Parse<SubmissionStatus>(Status), ReceivedAt, MessageId);
}
