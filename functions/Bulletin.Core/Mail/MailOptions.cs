using System.ComponentModel.DataAnnotations;

namespace Bulletin.Mail;

/// <summary>How the app sends mail through SendGrid (section <c>SendGrid</c>).</summary>
public sealed class MailOptions
{
    public const string Section = "SendGrid";

    /// <summary>SendGrid API key; in Azure a Key Vault reference.</summary>
    [Required(ErrorMessage = "Setting 'SendGrid:ApiKey' is required: a SendGrid API key (any non-empty value for the local stand-in).")]
    public string ApiKey { get; set; } = "";

    /// <summary>API host; empty means SendGrid itself. Locally the stand-in in the local host.</summary>
    [Url(ErrorMessage = "Setting 'SendGrid:Host' must be an absolute URL such as http://localhost:7071/dev/sendgrid, or empty for SendGrid itself.")]
    public string? Host { get; set; }

    [Required(ErrorMessage = "Setting 'SendGrid:FromAddress' is required: the address bulletin mail comes from.")]
    [EmailAddress(ErrorMessage = "Setting 'SendGrid:FromAddress' must be an e-mail address.")]
    public string FromAddress { get; set; } = "";

    /// <summary>Display name on outgoing mail.</summary>
    public string FromName { get; set; } = "上街信息";
}
