namespace Bulletin.Distribution.Delivery;

/// <summary>What the signature check made of one Event Webhook post.</summary>
public enum SendGridEventVerdict
{
    Valid,

    /// <summary>No public key is configured, so nothing can be trusted.</summary>
    NotConfigured,

    /// <summary>The signature or timestamp header is missing.</summary>
    Unsigned,

    /// <summary>The signature does not match the body and timestamp under the configured key.</summary>
    BadSignature,

    /// <summary>The timestamp is outside the tolerance (older, or further in the future): a replay or a wrong clock.</summary>
    Stale,
}
