using System.Text;
using System.Text.Json.Nodes;
using Bulletin.Distribution.Delivery;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>Event Webhook batches in the shape SendGrid documents (its sample payload, under TestData/), with our
/// custom_args copied to the top level as SendGrid does.</summary>
public sealed class SendGridEventParserTests
{
    private static readonly string DocumentedSample =
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "Bulletin.Tests", "Distribution", "Delivery", "TestData", "sendgrid-documented-events.json"));

    /// <summary>SendGrid's sample with custom_args "issue" and "delivery" added to every event, as personalizations carrying them produce.</summary>
    private static byte[] SampleWithOurIds()
    {
        var events = JsonNode.Parse(DocumentedSample)!.AsArray();
        foreach (var item in events)
        {
            item!["issue"] = "2020-020";
            item["delivery"] = "d0123456789abcdef0123";
        }
        return Encoding.UTF8.GetBytes(events.ToJsonString());
    }

    [Fact]
    public void Documented_delivery_events_become_ledger_events_and_engagement_events_are_skipped()
    {
        var batch = SendGridEventParser.Parse(SampleWithOurIds());

        Assert.Equal(
            [DeliveryEventKind.Processed, DeliveryEventKind.Deferred, DeliveryEventKind.Delivered, DeliveryEventKind.Bounce, DeliveryEventKind.Dropped],
            batch.Events.Select(e => e.Kind));
        Assert.Equal(4, batch.Skipped); // open, click, spamreport, unsubscribe
        Assert.All(batch.Events, e =>
        {
            Assert.Equal("2020-020", e.IssueKey);
            Assert.Equal("d0123456789abcdef0123", e.DeliveryId);
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1513299569), e.OccurredAt);
        });
    }

    [Fact]
    public void Reason_is_SendGrids_reason_for_bounces_and_drops_and_its_response_otherwise()
    {
        var events = SendGridEventParser.Parse(SampleWithOurIds()).Events;

        Assert.Equal("400 try again later", events.Single(e => e.Kind == DeliveryEventKind.Deferred).Reason);
        Assert.Equal("250 OK", events.Single(e => e.Kind == DeliveryEventKind.Delivered).Reason);
        Assert.Equal("500 unknown recipient", events.Single(e => e.Kind == DeliveryEventKind.Bounce).Reason);
        Assert.Equal("Bounced Address", events.Single(e => e.Kind == DeliveryEventKind.Dropped).Reason);
        Assert.Null(events.Single(e => e.Kind == DeliveryEventKind.Processed).Reason);
        Assert.Equal("rbtnWrG1DVDGGGFHFyun0A==", events.Single(e => e.Kind == DeliveryEventKind.Processed).EventId);
    }

    [Fact]
    public void Events_of_mail_that_is_not_ours_are_skipped()
    {
        var batch = SendGridEventParser.Parse(Encoding.UTF8.GetBytes(DocumentedSample));

        Assert.Empty(batch.Events);
        Assert.Equal(9, batch.Skipped);
    }

    [Theory]
    [InlineData("""{"event":"delivered","timestamp":1513299569,"issue":"2020-020"}""")]
    [InlineData("""{"event":"delivered","timestamp":1513299569,"delivery":"d1"}""")]
    [InlineData("""{"event":"delivered","timestamp":1513299569,"issue":"","delivery":"d1"}""")]
    [InlineData("""{"event":"delivered","timestamp":1513299569,"issue":2020,"delivery":"d1"}""")]
    [InlineData("""{"event":"delivered","issue":"2020-020","delivery":"d1"}""")]
    [InlineData("""{"event":"delivered","timestamp":"1513299569","issue":"2020-020","delivery":"d1"}""")]
    [InlineData("""{"event":"Delivered!","timestamp":1513299569,"issue":"2020-020","delivery":"d1"}""")]
    [InlineData("""["delivered"]""")]
    public void Event_without_both_ids_a_timestamp_or_a_known_kind_is_skipped(string item)
    {
        var batch = SendGridEventParser.Parse(Encoding.UTF8.GetBytes($"[{item}]"));

        Assert.Empty(batch.Events);
        Assert.Equal(1, batch.Skipped);
    }

    [Fact]
    public void Chinese_text_in_a_reason_is_kept()
    {
        var body = """[{"event":"bounce","timestamp":1583629200,"reason":"550 邮箱不存在","issue":"2020-020","delivery":"d1","sg_event_id":"x"}]""";

        var single = Assert.Single(SendGridEventParser.Parse(Encoding.UTF8.GetBytes(body)).Events);

        Assert.Equal(new DeliveryEvent("2020-020", "d1", DeliveryEventKind.Bounce, new DateTimeOffset(2020, 3, 8, 1, 0, 0, TimeSpan.Zero), "550 邮箱不存在", "x"), single);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"event\":\"delivered\"}")]
    [InlineData("[{\"event\":")]
    public void Body_that_is_not_a_JSON_array_is_a_format_error(string body)
    {
        Assert.Throws<FormatException>(() => SendGridEventParser.Parse(Encoding.UTF8.GetBytes(body)));
    }
}
