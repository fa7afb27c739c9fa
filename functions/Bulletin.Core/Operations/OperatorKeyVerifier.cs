using Bulletin.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bulletin.Operations;

/// <summary>Checks a request's bearer token against the operator key, in constant time.</summary>
public sealed class OperatorKeyVerifier(IOptions<OperatorOptions> options)
{
    public bool IsOperator(HttpRequest request)
    {
        var key = SecretSettings.Require(SecretSettings.AdminKey, options.Value.AdminKey);
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        return SecretComparison.AreEqual(header[scheme.Length..].Trim(), key);
    }
}
