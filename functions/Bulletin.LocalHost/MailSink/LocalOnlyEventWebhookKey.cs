using System.Security.Cryptography;
using System.Text;

namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// The stand-in's own ECDSA P-256 key pair, with which it signs Event Webhook posts the way SendGrid signs
/// them. NOT A SECRET: it is committed so that local.settings.sample.json can carry its public key and the
/// app verifies local events through the same code as in Azure. It proves nothing outside this machine;
/// never configure its public key for a real app (Azure takes SendGrid's own key).
/// </summary>
public static class LocalOnlyEventWebhookKey
{
    /// <summary>What <c>SendGrid:EventWebhookPublicKey</c> holds locally: base64 of the DER public key, as SendGrid shows its own.</summary>
    public const string PublicKey =
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE8Qreagt2n5T7CDO50Gf9+i10/Sg6a/J71FeeL7XRX5niiBk5iF9SS+j7zTCAh4YxXrsRj3u4N7x2UyzxqXHgNA==";

    // Generated once with `openssl ecparam -name prime256v1 -genkey | openssl pkcs8 -topk8 -nocrypt`; local use only.
    private const string PrivateKeyPem = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgqv05tkuFjC06cGnC
        bjDa+ELcDkLQ9NhllEbXCAbK02KhRANCAATxCt5qC3aflPsIM7nQZ/36LXT9KDpr
        8nvUV54vtdFfmeKIGTmIX1JL6PvNMICHhjFeuxGPe7g3vHZTLPGpceA0
        -----END PRIVATE KEY-----
        """;

    /// <summary>SendGrid's signature: ECDSA with SHA-256 over the timestamp header's text followed by the body bytes,
    /// DER-encoded and base64 (the <c>X-Twilio-Email-Event-Webhook-Signature</c> header).</summary>
    public static string Sign(string timestamp, ReadOnlySpan<byte> payload)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(PrivateKeyPem);
        var timestampBytes = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[timestampBytes.Length + payload.Length];
        timestampBytes.CopyTo(signed, 0);
        payload.CopyTo(signed.AsSpan(timestampBytes.Length));
        return Convert.ToBase64String(key.SignData(signed, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
    }
}
