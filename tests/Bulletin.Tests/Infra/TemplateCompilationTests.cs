using System.Text.Json.Nodes;

namespace Bulletin.Tests.Infra;

[Collection(InfraCollection.Name)]
public sealed class TemplateCompilationTests(BicepTemplate template)
{
    [Fact]
    public void Infra_compiles_without_errors_or_linter_warnings()
    {
        Assert.True(template.ExitCode == 0, $"bicep build exited with {template.ExitCode}:\n{template.Diagnostics}");
        // bicepconfig.json makes linter findings errors; anything still printed is a warning.
        Assert.True(template.Diagnostics.Length == 0, $"bicep build reported:\n{template.Diagnostics}");
    }

    [Fact]
    public void Every_parameter_of_every_module_has_a_description()
    {
        var undocumented =
            from t in template.Templates
            from p in t.Template["parameters"]?.AsObject() ?? []
            where string.IsNullOrWhiteSpace((string?)p.Value?["metadata"]?["description"])
            select $"{t.Module}: {p.Key}";
        Assert.Empty(undocumented);
    }

    [Fact]
    public void Azd_parameters_file_names_only_parameters_of_main_bicep()
    {
        var declared = template.Root["parameters"]!.AsObject().Select(p => p.Key);
        Assert.Empty(AzdParameterNames().Except(declared));
    }

    [Fact]
    public void Every_main_parameter_without_a_default_is_filled_in_by_azd()
    {
        var required = template.Root["parameters"]!.AsObject()
            .Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);
        Assert.Empty(required.Except(AzdParameterNames()));
    }

    private IEnumerable<string> AzdParameterNames()
    {
        var file = JsonNode.Parse(File.ReadAllText(template.PathInRepository("infra", "main.parameters.json")))!;
        return file["parameters"]!.AsObject().Select(p => p.Key).ToList();
    }
}
