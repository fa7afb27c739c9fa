using System.Net;
using System.Text;
using Bulletin.Directory.Import;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Directory;

/// <summary>Replaces the local host's directory as an operator would (POST /api/directory/import with the operator key):
/// the demo directory without some of its rows, and the demo directory again afterwards.</summary>
internal static class DirectoryChanges
{
    /// <summary>Imports the demo directory without the rows that contain <paramref name="dropped"/> (an address or a unit).</summary>
    public static async Task ImportDemoWithoutAsync(this LocalHostFixture app, string dropped)
    {
        var lines = DemoLines();
        Assert.Contains(lines, l => l.Contains(dropped));
        await ImportAsync(app, lines.Where(l => !l.Contains(dropped)));
    }

    /// <summary>Imports the demo directory with <paramref name="rows"/> (CSV lines in the demo's columns) added.</summary>
    public static Task ImportDemoWithAsync(this LocalHostFixture app, IEnumerable<string> rows) => ImportAsync(app, DemoLines().Concat(rows));

    /// <summary>Puts the demo directory back, for the next test of the collection.</summary>
    public static Task RestoreDemoAsync(this LocalHostFixture app) => ImportAsync(app, DemoLines());

    /// <summary>Each response is the 403 page of a link whose holder left the directory, saying <paramref name="says"/>.</summary>
    public static async Task AssertRefusedAsync(IEnumerable<HttpResponseMessage> responses, params string[] says)
    {
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.All(says, said => Assert.Contains(said, text));
            Assert.DoesNotContain("<form", text);
        }
    }

    private static async Task ImportAsync(LocalHostFixture app, IEnumerable<string> lines)
    {
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Post, "/api/directory/import?fileName=directory.csv", new ByteArrayContent(csv));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static List<string> DemoLines()
    {
        using var reader = new StreamReader(DemoDirectory.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
    }
}
