using System.Xml.Linq;

namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed class FunctionAppTemplateTests(BicepTemplate template)
{
    [Fact]
    public void Function_app_runs_on_a_flex_consumption_plan()
    {
        var plan = template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan.Json["sku"]?["name"]);
        Assert.Equal("FlexConsumption", (string?)plan.Json["sku"]?["tier"]);
        Assert.Equal("functionapp,linux", (string?)template.FunctionApp.Json["kind"]);
    }

    [Fact]
    public void Function_app_accepts_only_https_with_tls_1_2_or_later()
    {
        var properties = template.FunctionApp.Properties!;
        Assert.True((bool?)properties["httpsOnly"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]?["minTlsVersion"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]?["scmMinTlsVersion"]);
    }

    [Fact]
    public void Ftp_and_basic_auth_publishing_are_off()
    {
        Assert.Equal("Disabled", (string?)template.FunctionApp.Properties!["siteConfig"]?["ftpsState"]);
        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();
        foreach (var kind in new[] { "ftp", "scm" })
        {
            var policy = Assert.Single(policies, p => p.Name.EndsWith($"'{kind}')]", StringComparison.Ordinal));
            Assert.False((bool?)policy.Properties!["allow"]);
        }
    }

    [Fact]
    public void Runtime_is_dotnet_isolated_on_the_dotnet_version_the_app_targets()
    {
        var runtime = template.FunctionApp.Properties!["functionAppConfig"]!["runtime"]!;
        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal(TargetDotnetVersion(), (string?)runtime["version"]);
    }

    [Fact]
    public void App_runs_as_the_user_assigned_identity_for_deployment_and_key_vault_references()
    {
        var app = template.FunctionApp;
        Assert.Equal("UserAssigned", (string?)app.Json["identity"]?["type"]);
        Assert.False(string.IsNullOrEmpty((string?)app.Properties!["keyVaultReferenceIdentity"]),
            "keyVaultReferenceIdentity must name the user-assigned identity, or references resolve with a system identity the app doesn't have.");
        var deployment = app.Properties!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)deployment["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)deployment["authentication"]?["type"]);
    }

    // "net10.0" in the Function App's project (or Directory.Build.props) -> "10.0".
    private string TargetDotnetVersion()
    {
        var files = new[]
        {
            template.PathInRepository("functions", "Bulletin.Functions", "Bulletin.Functions.csproj"),
            template.PathInRepository("Directory.Build.props"),
        };
        var framework = files.Select(f => XDocument.Load(f).Descendants("TargetFramework").FirstOrDefault()?.Value)
            .First(v => v is not null)!;
        return framework.Replace("net", "", StringComparison.Ordinal);
    }
}
