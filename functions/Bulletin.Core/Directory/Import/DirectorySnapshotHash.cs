using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bulletin.Directory.Import;

/// <summary>A fingerprint of a directory's content: the same units and people give the same hash whatever the
/// row order, cell whitespace or e-mail case, so re-importing an unchanged (or merely re-sorted) file is detectable.</summary>
public static class DirectorySnapshotHash
{
    /// <summary>Lower-case hex SHA-256 of the snapshot in canonical form (version-prefixed, sorted, trimmed).</summary>
    public static string Compute(DirectorySnapshot snapshot)
    {
        var canonical = new
        {
            Version = 1,
            Units = snapshot.Units
                .Select(unit => new[] { CellText.Name(unit.Name), CellText.Name(unit.Category) })
                .OrderBy(unit => unit[0], StringComparer.Ordinal).ThenBy(unit => unit[1], StringComparer.Ordinal),
            People = snapshot.People
                .Select(person => new
                {
                    Email = CellText.Trim(person.Email).ToLowerInvariant(),
                    Name = CellText.Name(person.Name),
                    Unit = CellText.Name(person.Unit),
                    Roles = person.Roles.Order().Select(role => role.ChineseName()),
                    Groups = person.Groups.Select(CellText.Trim).Order(StringComparer.Ordinal),
                })
                .OrderBy(person => person.Email, StringComparer.Ordinal).ThenBy(person => person.Unit, StringComparer.Ordinal),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(canonical);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
