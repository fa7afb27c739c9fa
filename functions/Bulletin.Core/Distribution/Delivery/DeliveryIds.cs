using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Distribution.Delivery;

/// <summary>The ids SendGrid carries back in custom_args: the issue key and a recipient's delivery id. Ids only, no
/// personal data: the delivery id is derived from the address, so a retried step finds the same row.</summary>
public static class DeliveryIds
{
    /// <summary>"2020-020" for 2020 第20期.</summary>
    public static string IssueKey(int year, int number) =>
        $"{year.ToString("D4", CultureInfo.InvariantCulture)}-{number.ToString("D3", CultureInfo.InvariantCulture)}";

    /// <summary>"2020-020" in the default series, "zhuanbao:2020-001" in another (as the series' other keys).</summary>
    public static string IssueKey(string series, int year, int number) => Issues.Publications.IssueSeries.KeyPrefix(series) + IssueKey(year, number);

    public static bool TryParseIssueKey(string key, out int year, out int number) =>
        TryParseIssueKey(key, out var series, out year, out number) && series == Issues.Publications.IssueSeries.DefaultId;

    public static bool TryParseIssueKey(string key, out string series, out int year, out int number)
    {
        year = number = 0;
        var colon = key.LastIndexOf(':');
        series = colon < 0 ? Issues.Publications.IssueSeries.DefaultId : key[..colon];
        var parts = key[(colon + 1)..].Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>"d" + 20 hex digits of SHA-256 over the lower-cased address: stable, and not the address itself.</summary>
    public static string DeliveryId(string email) =>
        "d" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..20];
}
