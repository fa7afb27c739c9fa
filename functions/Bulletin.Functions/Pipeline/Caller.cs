namespace Bulletin.Functions.Pipeline;

/// <summary>Who may call an HTTP function. The pipeline checks the first five before the function runs; the last
/// three are checked by the function's own service, against the signed link, the webhook's signature or nothing.</summary>
public enum Caller
{
    /// <summary>A signed-in editor: the session cookie, and on POST the form's proof of that session.</summary>
    Editor,
    /// <summary>The operator key as a bearer token.</summary>
    Operator,
    /// <summary>A unit's submission-link token as a bearer token.</summary>
    Unit,
    /// <summary>The operator key or a unit's token.</summary>
    OperatorOrUnit,
    /// <summary>SendGrid Inbound Parse with the inbound secret (basic auth).</summary>
    InboundSecret,
    /// <summary>A post whose body carries its own signature (SendGrid's Event Webhook), verified by the service.</summary>
    SignedWebhook,
    /// <summary>Anyone holding a signed link (review, 签发, archive, submission page, sign-in); the service checks it.</summary>
    SignedLink,
    /// <summary>Anyone.</summary>
    Public,
}

/// <summary>Declares once, on an HTTP function or its class, who may call it. A function without one is refused.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
public sealed class CallerRuleAttribute(Caller caller) : Attribute
{
    public Caller Caller { get; } = caller;

    /// <summary>Whether people open it in a browser: its errors are Chinese pages, not problem details.
    /// True by default for editors and signed links.</summary>
    public bool ForPeople { get; init; } = caller is Caller.Editor or Caller.SignedLink;
}
