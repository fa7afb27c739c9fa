using System.Text.RegularExpressions;

namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed partial class RoleAssignmentTemplateTests(BicepTemplate template)
{
    /// <summary>Built-in role definition ids and the one reason each is granted.</summary>
    private static readonly Dictionary<string, string> ExpectedRoles = new()
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner: host, deployment package, issue documents",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor: queue-chained workflow steps",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor: submissions, issues, deliveries",
        ["4633458b-17de-408a-b874-0445c86b69e6"] = "Key Vault Secrets User: Key Vault references",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher: Entra ID telemetry ingestion",
        ["b86a8fe4-44ce-4948-aee5-eccb2c155cd7"] = "Key Vault Secrets Officer: only for the deployer, to set the secrets",
    };

    private const string DeployerRole = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    [Fact]
    public void Role_assignments_are_exactly_the_roles_the_app_and_the_deployer_need()
    {
        var granted = Assignments().Select(a => RoleOf(a)).Order().ToList();
        Assert.Equal(ExpectedRoles.Keys.Order(), granted);
    }

    [Fact]
    public void Each_role_is_scoped_to_one_resource_not_to_the_resource_group()
    {
        Assert.All(Assignments(), a => Assert.False(string.IsNullOrEmpty((string?)a.Json["scope"]), $"{a.Name} has no resource scope"));
    }

    [Fact]
    public void Role_assignment_names_are_deterministic_guids()
    {
        Assert.All(Assignments(), a => Assert.StartsWith("[guid(", a.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_deployers_role_is_optional()
    {
        var conditional = Assignments().Where(a => a.Json["condition"] is not null).Select(a => RoleOf(a));
        Assert.Equal([DeployerRole], conditional);
    }

    private IEnumerable<TemplateResource> Assignments() => template.OfType("Microsoft.Authorization/roleAssignments");

    // Each assignment names its role with one literal id, so the set above is checked without evaluating ARM expressions.
    private static string RoleOf(TemplateResource assignment)
    {
        var definition = (string?)assignment.Properties?["roleDefinitionId"] ?? "";
        return Assert.Single(RoleId().Matches(definition)).Value;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RoleId();
}
