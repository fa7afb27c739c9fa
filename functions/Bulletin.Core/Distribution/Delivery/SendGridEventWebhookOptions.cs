namespace Bulletin.Distribution.Delivery;

/// <summary>SendGrid's signed Event Webhook (section <c>SendGrid</c>, key <c>EventWebhookPublicKey</c>).</summary>
public sealed class SendGridEventWebhookOptions
{
    public const string Section = "SendGrid";

    /// <summary>The verification key SendGrid shows for the signed Event Webhook: base64 of the DER public key
    /// (a PEM block works too). Not a secret. Empty until the operator copies it: every event post is then refused.</summary>
    public string EventWebhookPublicKey { get; set; } = "";
}
