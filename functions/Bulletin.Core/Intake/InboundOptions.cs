using System.ComponentModel.DataAnnotations;

namespace Bulletin.Intake;

/// <summary>Inbound mail settings (section <c>Inbound</c>).</summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>The password SendGrid Inbound Parse sends with basic auth (the URL is https://user:secret@host/api/inbound/sendgrid).</summary>
    [Required(ErrorMessage = "Setting 'Inbound:Secret' is required: the password in the SendGrid Inbound Parse URL (in Azure a Key Vault reference).")]
    [MinLength(16, ErrorMessage = "Setting 'Inbound:Secret' must be at least 16 characters long.")]
    public string Secret { get; set; } = "";
}
