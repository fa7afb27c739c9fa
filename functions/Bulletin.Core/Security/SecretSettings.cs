using Microsoft.Extensions.Configuration;

namespace Bulletin.Security;

/// <summary>The settings that hold secrets. In Azure each is a Key Vault reference that App Service replaces by the
/// secret, and leaves as its literal text (<c>@Microsoft.KeyVault(…)</c>) while the secret is missing or unreadable.
/// That text is no secret (the vault's name follows from the app's host name), so it is refused wherever a secret is used.</summary>
public static class SecretSettings
{
    public const string SendGridApiKey = "SendGrid:ApiKey";
    public const string LinkSigningKey = "Links:SigningKey";
    public const string InboundSecret = "Inbound:Secret";
    public const string AdminKey = "Bulletin:AdminKey";

    public static readonly IReadOnlyList<string> All = [SendGridApiKey, LinkSigningKey, InboundSecret, AdminKey];

    public static bool IsUnresolvedReference(string? value) =>
        value is not null && value.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The secret setting's value; <see cref="UnresolvedSecretException"/> while it is an unresolved reference.</summary>
    public static string Require(string setting, string value) =>
        IsUnresolvedReference(value) ? throw new UnresolvedSecretException(setting) : value;

    /// <summary>The secret settings that are unresolved references, as App Service names them (<c>SendGrid__ApiKey</c>).</summary>
    public static IReadOnlyList<string> Unresolved(IConfiguration configuration) =>
        All.Where(setting => IsUnresolvedReference(configuration[setting])).Select(AppSettingName).ToList();

    /// <summary><c>SendGrid:ApiKey</c> as an app setting: <c>SendGrid__ApiKey</c>.</summary>
    public static string AppSettingName(string setting) => setting.Replace(":", "__", StringComparison.Ordinal);

    /// <summary><c>SendGrid:ApiKey</c> as its Key Vault secret: <c>SendGrid--ApiKey</c> (infra/app/api.bicep).</summary>
    public static string KeyVaultSecretName(string setting) => setting.Replace(":", "--", StringComparison.Ordinal);
}

/// <summary>A secret setting still holds its Key Vault reference's text: what needs it is refused (503), never done with it.</summary>
public sealed class UnresolvedSecretException(string setting) : InvalidOperationException(
    $"Setting '{SecretSettings.AppSettingName(setting)}' is an unresolved Key Vault reference: set the Key Vault secret " +
    $"'{SecretSettings.KeyVaultSecretName(setting)}' and refresh the app's references (infra/README.md).")
{
    public string Setting { get; } = SecretSettings.AppSettingName(setting);
}
