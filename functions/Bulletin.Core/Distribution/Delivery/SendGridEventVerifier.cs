using System.Text;
using EllipticCurve;
using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace Bulletin.Distribution.Delivery;

/// <summary>Checks a signed Event Webhook post with SendGrid's own validator: an ECDSA P-256/SHA-256 signature
/// over the timestamp header followed by the body exactly as received, and the timestamp within <see cref="Tolerance"/>.</summary>
public sealed class SendGridEventVerifier
{
    public const string SignatureHeader = RequestValidator.SIGNATURE_HEADER;
    public const string TimestampHeader = RequestValidator.TIMESTAMP_HEADER;

    /// <summary>How far the signed timestamp may be from now, either way; a captured post replays only within it.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(10);

    // SendGrid posts UTF-8 JSON. Strict decoding keeps the bytes checked equal to the bytes received:
    // the validator takes a string and hashes its UTF-8 encoding, which round-trips valid UTF-8 only.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly RequestValidator _validator = new();
    private readonly PublicKey? _publicKey;
    private readonly TimeProvider _clock;

    public SendGridEventVerifier(IOptions<SendGridEventWebhookOptions> options, TimeProvider clock)
    {
        _clock = clock;
        var key = options.Value.EventWebhookPublicKey;
        _publicKey = string.IsNullOrWhiteSpace(key) ? null
            : TryParsePublicKey(key) ?? throw new OptionsValidationException(SendGridEventWebhookOptions.Section, typeof(SendGridEventWebhookOptions), [BadKeyMessage]);
    }

    public SendGridEventVerdict Verify(ReadOnlySpan<byte> body, string? signature, string? timestamp)
    {
        if (_publicKey is null)
            return SendGridEventVerdict.NotConfigured;
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
            return SendGridEventVerdict.Unsigned;
        // The cheap check first, so stale replays cost no signature verification.
        if (!long.TryParse(timestamp, System.Globalization.NumberStyles.None, null, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
            return SendGridEventVerdict.BadSignature;
        if ((_clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance)
            return SendGridEventVerdict.Stale;

        try
        {
            return _validator.VerifySignature(_publicKey, StrictUtf8.GetString(body), signature, timestamp)
                ? SendGridEventVerdict.Valid : SendGridEventVerdict.BadSignature;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Not UTF-8, not base64, or not a DER signature: the validator throws (format, overflow, range…) instead of answering false.
            return SendGridEventVerdict.BadSignature;
        }
    }

    public const string BadKeyMessage =
        "Setting 'SendGrid:EventWebhookPublicKey' is not an ECDSA public key: copy the verification key SendGrid shows under Settings → Mail Settings → Event Webhook → Signature Verification (base64, starting MFkw), or leave it empty.";

    /// <summary>SendGrid's verification key (base64 DER, or PEM), or null when it is not one.</summary>
    public static PublicKey? TryParsePublicKey(string key)
    {
        try
        {
            return new RequestValidator().ConvertPublicKeyToECDSA(key.Trim());
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The validator's key reader throws whatever its parser hits (format, overflow, range) on a wrong key.
            return null;
        }
    }
}
