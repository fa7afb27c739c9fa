using System.Net.Mail;

namespace Bulletin.LocalHost.MailSink;

/// <summary>Whether a string is a bare e-mail address SendGrid would accept.</summary>
internal static class EmailAddressRule
{
    // SendGrid's limit for a whole address, local part, "@" and domain together.
    public const int MaxLength = 320;

    public static bool IsValid(string? address)
    {
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength || address.Any(char.IsWhiteSpace))
            return false;
        // MailAddress also accepts "Name <a@b.c>"; only the bare address form is valid here.
        if (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
            return false;
        var domain = parsed.Host;
        return domain.Contains('.') && !domain.StartsWith('.') && !domain.EndsWith('.') && !domain.Contains("..");
    }
}
