using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletin.Issues;

/// <summary>A fingerprint of what an issue prints (lower-case SHA-256 hex of its model as JSON). The rendered files carry
/// timestamps and ids, so the model, not their bytes, tells whether two renderings are of the same issue.</summary>
public static class IssueContentHash
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(BulletinIssue issue) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(issue, Json))));
}
