using System.Globalization;
using System.Text;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost.MailSink;
using Bulletin.Tests.Review;
using Microsoft.Extensions.Options;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>The signature check with SendGrid's validator, against posts signed the way SendGrid signs them
/// (by the local stand-in's key): the exact bytes, the timestamp window, and every way a post can be wrong.</summary>
public sealed class SendGridEventVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "[{\"email\":\"郝婕@example.org\",\"timestamp\":1764057600,\"event\":\"bounce\",\"reason\":\"550 5.1.1 收件人不存在 – ünknown\",\"issue\":\"2020-020\",\"delivery\":\"d0123456789abcdef0123\"}]\r\n");

    private readonly ManualClock _clock = new(Now);

    private SendGridEventVerifier Verifier(string key = LocalOnlyEventWebhookKey.PublicKey) =>
        new(Options.Create(new SendGridEventWebhookOptions { EventWebhookPublicKey = key }), _clock);

    private static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Post_signed_over_timestamp_and_raw_non_ASCII_body_is_valid()
    {
        var timestamp = Timestamp(Now);

        var verdict = Verifier().Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp);

        Assert.Equal(SendGridEventVerdict.Valid, verdict);
    }

    [Fact]
    public void Body_with_a_byte_BOM_and_CRLF_as_sent_is_valid_because_the_bytes_are_checked_as_they_are()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Body];
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.Valid, Verifier().Verify(body, LocalOnlyEventWebhookKey.Sign(timestamp, body), timestamp));
    }

    [Fact]
    public void Changing_one_byte_of_the_body_breaks_the_signature()
    {
        var timestamp = Timestamp(Now);
        var signature = LocalOnlyEventWebhookKey.Sign(timestamp, Body);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("\"bounce\"", "\"delivered\""));

        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(tampered, signature, timestamp));
    }

    [Fact]
    public void Signature_of_another_body_or_another_timestamp_is_refused()
    {
        var timestamp = Timestamp(Now);
        var otherBody = LocalOnlyEventWebhookKey.Sign(timestamp, "[]"u8);
        var otherTime = LocalOnlyEventWebhookKey.Sign(Timestamp(Now.AddSeconds(-1)), Body);

        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(Body, otherBody, timestamp));
        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(Body, otherTime, timestamp));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAEC")]
    [InlineData("MEUCIQD/////////////////////////////////////////////AiAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==")]
    public void Garbage_signature_is_refused_not_thrown(string signature)
    {
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(Body, signature, timestamp));
    }

    [Fact]
    public void Signature_made_with_another_key_is_refused()
    {
        using var other = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var otherPublicKey = Convert.ToBase64String(other.ExportSubjectPublicKeyInfo());
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier(otherPublicKey).Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp));
    }

    [Theory]
    [InlineData(-11 * 60, SendGridEventVerdict.Stale)]
    [InlineData(11 * 60, SendGridEventVerdict.Stale)]
    [InlineData(-9 * 60, SendGridEventVerdict.Valid)]
    [InlineData(9 * 60, SendGridEventVerdict.Valid)]
    public void Timestamp_more_than_ten_minutes_away_either_way_is_stale(int secondsFromNow, SendGridEventVerdict expected)
    {
        var timestamp = Timestamp(Now.AddSeconds(secondsFromNow));

        Assert.Equal(expected, Verifier().Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp));
    }

    [Fact]
    public void A_valid_post_replayed_later_is_stale()
    {
        var timestamp = Timestamp(Now);
        var signature = LocalOnlyEventWebhookKey.Sign(timestamp, Body);

        _clock.Now = Now.AddHours(1);

        Assert.Equal(SendGridEventVerdict.Stale, Verifier().Verify(Body, signature, timestamp));
    }

    [Theory]
    [InlineData(null, "1764057600")]
    [InlineData("MEUCIQ==", null)]
    [InlineData("", "")]
    public void Missing_signature_or_timestamp_is_unsigned(string? signature, string? timestamp)
    {
        Assert.Equal(SendGridEventVerdict.Unsigned, Verifier().Verify(Body, signature, timestamp));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public void Timestamp_that_is_not_Unix_seconds_is_refused(string timestamp)
    {
        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp));
    }

    [Fact]
    public void Body_that_is_not_UTF8_is_refused_even_when_signed()
    {
        byte[] body = [.. "[{\"reason\":\""u8, 0xC3, 0x28, .. "\"}]"u8];
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.BadSignature, Verifier().Verify(body, LocalOnlyEventWebhookKey.Sign(timestamp, body), timestamp));
    }

    [Fact]
    public void Without_a_configured_key_nothing_is_trusted()
    {
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.NotConfigured, Verifier("").Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")]
    public void A_key_setting_that_is_not_a_public_key_stops_with_a_message_naming_it(string key)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Verifier(key));

        Assert.Contains("SendGrid:EventWebhookPublicKey", error.Message);
    }

    [Fact]
    public void Key_as_PEM_block_is_accepted_too()
    {
        var pem = $"-----BEGIN PUBLIC KEY-----\n{LocalOnlyEventWebhookKey.PublicKey}\n-----END PUBLIC KEY-----\n";
        var timestamp = Timestamp(Now);

        Assert.Equal(SendGridEventVerdict.Valid, Verifier(pem).Verify(Body, LocalOnlyEventWebhookKey.Sign(timestamp, Body), timestamp));
    }
}
