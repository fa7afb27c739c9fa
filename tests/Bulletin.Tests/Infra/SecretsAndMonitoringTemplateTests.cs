namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed class SecretsAndMonitoringTemplateTests(BicepTemplate template)
{
    [Fact]
    public void Key_vault_grants_access_by_azure_roles_only()
    {
        var properties = template.Single("Microsoft.KeyVault/vaults").Properties!;
        Assert.True((bool?)properties["enableRbacAuthorization"]);
        Assert.Null(properties["accessPolicies"]);
        Assert.True((bool?)properties["enableSoftDelete"]);
    }

    [Fact]
    public void Template_writes_no_secret_value_so_a_redeployment_keeps_the_operators_secrets()
    {
        Assert.Empty(template.OfType("Microsoft.KeyVault/vaults/secrets"));
    }

    [Fact]
    public void Application_Insights_sits_on_a_workspace_and_accepts_only_entra_id_telemetry()
    {
        Assert.Single(template.OfType("Microsoft.OperationalInsights/workspaces"));
        var properties = template.Single("Microsoft.Insights/components").Properties!;
        Assert.True((bool?)properties["DisableLocalAuth"]);
        Assert.False(string.IsNullOrEmpty((string?)properties["WorkspaceResourceId"]));
    }
}
