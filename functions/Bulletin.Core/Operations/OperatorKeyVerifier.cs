using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bulletin.Operations;

/// <summary>Checks a request's bearer token against the operator key, in constant time.</summary>
public sealed class OperatorKeyVerifier(IOptions<OperatorOptions> options)
{
    public bool IsOperator(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        // Hashing first makes the comparison independent of the presented key's length.
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()));
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.AdminKey));
        return CryptographicOperations.FixedTimeEquals(presented, expected);
    }
}
