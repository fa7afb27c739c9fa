using System.ComponentModel.DataAnnotations;

namespace Bulletin.Operations;

/// <summary>The operator key (section <c>Bulletin</c>) that scripts present as <c>Authorization: Bearer …</c>.</summary>
public sealed class OperatorOptions
{
    public const string Section = "Bulletin";

    [Required(ErrorMessage = "Setting 'Bulletin:AdminKey' is required: a long random key for operator endpoints (in Azure a Key Vault reference).")]
    [MinLength(16, ErrorMessage = "Setting 'Bulletin:AdminKey' must be at least 16 characters long.")]
    public string AdminKey { get; set; } = "";
}
