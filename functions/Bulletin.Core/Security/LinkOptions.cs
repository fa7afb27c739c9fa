using System.ComponentModel.DataAnnotations;

namespace Bulletin.Security;

/// <summary>Signed links (section <c>Links</c>): the key that signs them and where they point.</summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    [Required(ErrorMessage = "Setting 'Links:SigningKey' is required: a long random key that signs the links in mail (in Azure a Key Vault reference).")]
    [MinLength(32, ErrorMessage = "Setting 'Links:SigningKey' must be at least 32 characters long (e.g. openssl rand -hex 32).")]
    public string SigningKey { get; set; } = "";

    /// <summary>The app's public address that links start with, e.g. https://func-bulletin.azurewebsites.net.</summary>
    [Required(ErrorMessage = "Setting 'Links:PublicBaseUrl' is required: the app's public address, e.g. https://func-bulletin.azurewebsites.net.")]
    [Url(ErrorMessage = "Setting 'Links:PublicBaseUrl' must be an absolute URL such as https://func-bulletin.azurewebsites.net.")]
    public string PublicBaseUrl { get; set; } = "";
}
