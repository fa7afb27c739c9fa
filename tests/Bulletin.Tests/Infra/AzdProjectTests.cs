namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed class AzdProjectTests(BicepTemplate template)
{
    [Fact]
    public void Azure_yaml_deploys_the_function_app_project_as_service_api_with_bicep_from_infra()
    {
        var lines = File.ReadAllLines(template.PathInRepository("azure.yaml")).Select(l => l.TrimEnd()).ToList();
        var api = lines.IndexOf("  api:");
        Assert.True(api >= 0, "azure.yaml declares no service 'api' (the template tags the Function App azd-service-name: api).");
        var service = lines.Skip(api + 1).TakeWhile(l => l.StartsWith("    ", StringComparison.Ordinal) || l.Length == 0).ToList();
        Assert.Contains("    language: dotnet", service);
        Assert.Contains("    host: function", service);
        var project = Assert.Single(service, l => l.StartsWith("    project: ", StringComparison.Ordinal))["    project: ".Length..];
        Assert.True(File.Exists(Path.Combine(template.PathInRepository(project), "Bulletin.Functions.csproj")),
            $"azure.yaml's project '{project}' is not the Function App's folder.");
        Assert.Contains("  path: infra", lines);
    }

    [Fact]
    public void Function_app_carries_the_tag_azd_finds_service_api_by()
    {
        Assert.Contains("'azd-service-name', 'api'", (string)template.FunctionApp.Json["tags"]!);
    }
}
