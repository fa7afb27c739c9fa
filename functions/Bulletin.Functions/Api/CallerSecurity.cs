using System.Text.Json.Nodes;
using Bulletin.Functions.Pipeline;

namespace Bulletin.Functions.Api;

/// <summary>The caller rules as OpenAPI security: the operator key and a unit's token are bearer tokens, Inbound Parse basic
/// auth, an editor the session cookie; signed links, signed webhooks and public routes need no credentials in the request.</summary>
internal static class CallerSecurity
{
    public static JsonObject Schemes() => new()
    {
        ["operatorKey"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = "The operator key, setting Bulletin:AdminKey." },
        ["unitToken"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["description"] = "The token of a unit's submission link." },
        ["inboundSecret"] = new JsonObject { ["type"] = "http", ["scheme"] = "basic", ["description"] = "Any user name; the password is the setting Inbound:Secret." },
        ["editorSession"] = new JsonObject { ["type"] = "apiKey", ["in"] = "cookie", ["name"] = Dashboard.DashboardCookie.Name,
            ["description"] = "A signed-in editor's session; a POST also carries the form's proof." },
    };

    /// <summary>Whether the pipeline refuses a request without credentials (401) before the function runs.</summary>
    public static bool IsChecked(Caller rule) => rule is Caller.Editor or Caller.Operator or Caller.Unit or Caller.OperatorOrUnit or Caller.InboundSecret;

    public static JsonArray Requirement(Caller rule) => rule switch
    {
        Caller.Editor => [Scheme("editorSession")],
        Caller.Operator => [Scheme("operatorKey")],
        Caller.Unit => [Scheme("unitToken")],
        Caller.OperatorOrUnit => [Scheme("operatorKey"), Scheme("unitToken")],
        Caller.InboundSecret => [Scheme("inboundSecret")],
        _ => [],
    };

    public static string Describe(Caller rule) => rule switch
    {
        Caller.Editor => "For editors in a browser: the dashboard session cookie.",
        Caller.Operator => "For scripts: Authorization: Bearer <Bulletin:AdminKey>.",
        Caller.Unit => "For a unit's system: Authorization: Bearer <the token of the unit's submission link>.",
        Caller.OperatorOrUnit => "The operator key or a unit's token as a bearer token.",
        Caller.InboundSecret => "SendGrid Inbound Parse, with basic auth whose password is Inbound:Secret.",
        Caller.SignedWebhook => "SendGrid's Event Webhook; the body's signature is verified.",
        Caller.SignedLink => "A signed link from a mail (its token in the query string), checked against the resource.",
        _ => "Anyone.",
    };

    private static JsonObject Scheme(string name) => new() { [name] = new JsonArray() };
}
