using Bulletin.Directory;

namespace Bulletin.Dashboard;

/// <summary>Who may use the editors' dashboard: editors (编辑) and signers (签发人) in the current directory.</summary>
public sealed class DashboardEditors(DirectoryQuery directory)
{
    public async Task<DirectoryPerson?> FindAsync(string email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254)
            return null;
        var person = await directory.FindByEmailAsync(email.Trim().ToLowerInvariant(), cancellationToken);
        return person is not null && DirectoryStanding.IsEditorial(person) ? person : null;
    }
}
