using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost.MailSink;
using Microsoft.Extensions.Options;

namespace Bulletin.Benchmarks.Distribution;

/// <summary>What one Event Webhook post costs before the ledger: SendGrid's validator (pure C# ECDSA) over the raw body,
/// and parsing, for a batch of 2,000 events (processed + delivered for a 1,000-recipient request). Target: under 50 ms.</summary>
[MemoryDiagnoser]
public class SendGridEventBenchmarks
{
    private byte[] _body = [];
    private string _timestamp = "";
    private string _signature = "";
    private SendGridEventVerifier _verifier = null!;

    [GlobalSetup]
    public void SignBatch()
    {
        var events = new JsonArray();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        for (var i = 0; i < 1000; i++)
            foreach (var kind in new[] { "processed", "delivered" })
                events.Add(new JsonObject
                {
                    ["email"] = $"recipient{i}@example.org", ["timestamp"] = now, ["smtp-id"] = "<abc@stand-in.local>", ["event"] = kind,
                    ["sg_event_id"] = Guid.NewGuid().ToString("N"), ["sg_message_id"] = $"abc.filter0001.{i}", ["response"] = "250 2.0.0 OK",
                    ["issue"] = "2020-020", ["delivery"] = $"d{i:D20}",
                });
        _body = Encoding.UTF8.GetBytes(events.ToJsonString());
        _timestamp = now.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _signature = LocalOnlyEventWebhookKey.Sign(_timestamp, _body);
        _verifier = new SendGridEventVerifier(Options.Create(new SendGridEventWebhookOptions { EventWebhookPublicKey = LocalOnlyEventWebhookKey.PublicKey }), TimeProvider.System);
        Console.WriteLine($"// batch: {_body.Length:N0} bytes");
    }

    [Benchmark]
    public SendGridEventVerdict Verify2000Events() => _verifier.Verify(_body, _signature, _timestamp);

    [Benchmark]
    public int Parse2000Events() => SendGridEventParser.Parse(_body).Events.Count;
}
