using System.Security.Cryptography;
using System.Text;

namespace Bulletin.LocalHost.Admin;

/// <summary>The admin API's key. Azure's host wants its master key (header <c>x-functions-key</c>); here the operator key
/// <c>Bulletin:AdminKey</c> from the settings plays that part, sent as <c>Authorization: Bearer</c> or as <c>x-functions-key</c>.</summary>
internal static class AdminKey
{
    public const string SettingName = "Bulletin__AdminKey";
    public const string FunctionsKeyHeader = "x-functions-key";

    public static bool IsPresented(HttpRequest request, string? expected)
    {
        if (string.IsNullOrEmpty(expected))
            return false;
        var authorization = request.Headers.Authorization.ToString();
        var presented = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim() : request.Headers[FunctionsKeyHeader].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }
}
