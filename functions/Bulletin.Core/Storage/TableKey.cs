using System.Text;

namespace Bulletin.Storage;

/// <summary>Makes any text usable as a PartitionKey or RowKey: the characters Azure Tables forbids
/// (/ \ # ? and control characters) and % itself are percent-encoded; everything else, Chinese included, stays readable.</summary>
public static class TableKey
{
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
                builder.Append('%').Append(((int)c).ToString("X2"));
            else
                builder.Append(c);
        }
        return builder.ToString();
    }
}
