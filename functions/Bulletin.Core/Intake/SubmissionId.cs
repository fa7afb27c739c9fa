using System.Security.Cryptography;
using System.Text;

namespace Bulletin.Intake;

/// <summary>Submission ids double as tracking numbers: the China date of receipt and six characters
/// that read unambiguously aloud and on paper (no 0/O, 1/I/L).</summary>
public static class SubmissionId
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>A new id; <paramref name="seed"/> makes it deterministic, so a retried step creates the same id again.</summary>
    public static string Create(DateTimeOffset receivedAt, string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        var suffix = new StringBuilder(6);
        for (var i = 0; i < 6; i++)
            suffix.Append(Alphabet[hash[i] % Alphabet.Length]);
        return $"{TimeZoneInfo.ConvertTime(receivedAt, ChinaTime.Zone):yyyyMMdd}-{suffix}";
    }

    /// <summary>The table partition of a submission: its month of receipt, which statistics query by.</summary>
    public static string Partition(string id) => id.Length >= 6 ? id[..6] : throw new ArgumentException($"'{id}' is not a submission id.", nameof(id));

    /// <summary>The China date of receipt an id starts with; null when it does not start with one.</summary>
    public static DateOnly? ReceivedOn(string id) =>
        id.Length >= 8 && DateOnly.TryParseExact(id[..8], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    public static bool IsWellFormed(string id) =>
        id.Length == 15 && id[8] == '-' && id[..8].All(char.IsAsciiDigit) && id[9..].All(c => Alphabet.Contains(c));
}
