using System.Text;
using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bulletin.Intake;

/// <summary>Checks SendGrid Inbound Parse's basic auth: any user name, the password must be <see cref="InboundOptions.Secret"/>.</summary>
public sealed class InboundBasicAuth(IOptions<InboundOptions> options)
{
    public bool IsAuthorized(HttpRequest request)
    {
        var secret = SecretSettings.Require(SecretSettings.InboundSecret, options.Value.Secret);
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        string credentials;
        try { credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim())); }
        catch (FormatException) { return false; }
        var colon = credentials.IndexOf(':');
        return colon >= 0 && SecretComparison.AreEqual(credentials[(colon + 1)..], secret);
    }
}
