using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Security;

/// <summary>Compares a presented secret with the configured one in constant time, whatever their lengths.</summary>
public static class SecretComparison
{
    public static bool AreEqual(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
