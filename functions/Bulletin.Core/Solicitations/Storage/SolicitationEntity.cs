using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Bulletin.Storage;

namespace Bulletin.Solicitations.Storage;

/// <summary>A solicitation in table <c>solicitations</c>: PartitionKey <c>solicitation</c>, RowKey the number (000012);
/// the units and their answers as JSON with Chinese unescaped (a few hundred units fit in one 32K property).</summary>
internal sealed class SolicitationEntity : ITableEntity
{
    public const string Partition = "solicitation";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Topic { get; set; } = "";
    public string Text { get; set; } = "";
    public string Addressed { get; set; } = "";
    public string Units { get; set; } = "[]";
    public DateTimeOffset Deadline { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? NoticesSentAt { get; set; }

    public static string RowKeyOf(int number) => number.ToString("D6");

    public static SolicitationEntity From(Solicitation s) => new()
    {
        RowKey = RowKeyOf(s.Number), Topic = s.Topic, Text = s.Text, Addressed = s.Addressed, Units = LongTextProperties.Serialize(s.Units),
        Deadline = s.Deadline, CreatedBy = s.CreatedBy, CreatedAt = s.CreatedAt,
        NoticesSentAt = s.NoticesSentAt,
    };

    public Solicitation ToSolicitation() => new(int.Parse(RowKey), Topic, Text, Addressed,
        JsonSerializer.Deserialize<List<SolicitedUnit>>(Units) ?? [], Deadline, CreatedBy, CreatedAt)
    {
        NoticesSentAt = NoticesSentAt,
    };
}
