using System.Net.Mail;
using System.Text;

namespace Bulletin.Directory.Import;

/// <summary>Checks an e-mail address from a directory file: a bare address (no display name), one @,
/// a dotted domain, no spaces; full-width ＠ and ． typed with a Chinese input method get their own hint.</summary>
internal static class EmailAddressRule
{
    private const string Example = "请写成 name@example.org 的形式。";

    /// <summary>Null when the address is valid, else what is wrong and what to write.</summary>
    public static string? Problem(string address)
    {
        if (address.Any(c => c is >= '\uFF01' and <= '\uFF5E'))
        {
            var halfWidth = address.Normalize(NormalizationForm.FormKC);
            return $"“{address}” 里有全角字符（如 ＠ 或 ．），请改用半角字符，写成 “{halfWidth}”。";
        }
        if (CellText.HasWhitespace(address))
            return $"“{address}” 中间有空格；一个单元格只能写一个邮箱，{Example}";
        var at = address.IndexOf('@');
        if (at <= 0 || at != address.LastIndexOf('@'))
            return $"“{address}” 不是有效的邮箱地址，{Example}";
        var domain = address[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains(".."))
            return $"“{address}” 不是有效的邮箱地址，{Example}";
        if (!MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.Ordinal) || parsed.DisplayName.Length > 0)
            return $"“{address}” 不是有效的邮箱地址，{Example}";
        return null;
    }
}
