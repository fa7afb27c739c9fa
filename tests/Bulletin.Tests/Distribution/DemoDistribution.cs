using Bulletin.Directory;
using Bulletin.Directory.Import;

namespace Bulletin.Tests.Distribution;

/// <summary>The demo directory of 上街区 and small changes to it for the problem cases.</summary>
internal static class DemoDistribution
{
    public static readonly DirectorySnapshot Demo = DemoDirectory.Read().Snapshot!;

    public static string[] Emails(IEnumerable<DirectoryPerson> people) => [.. people.Select(p => p.Email)];

    public static string[] ResponsibleOf(string category) =>
        [.. Demo.Units.Where(u => u.Category == category)
            .SelectMany(u => Demo.People.Where(p => p.Unit == u.Name && p.Roles.Contains(DirectoryRole.Responsible)))
            .Select(p => p.Email)];

    public static DirectorySnapshot Without(string email) =>
        Demo with { People = [.. Demo.People.Where(p => p.Email != email)] };

    public static DirectorySnapshot WithPerson(string name, string email, string unit, string group) =>
        Demo with { People = [.. Demo.People, new DirectoryPerson(name, email, unit, new HashSet<DirectoryRole>(), new HashSet<string> { group })] };
}
