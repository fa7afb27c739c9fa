using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Directory;

[Collection(nameof(DirectoryHostCollection))]
public sealed class DirectoryImportEndpointTests(DirectoryHostFixture app)
{
    [Fact]
    public async Task A_file_with_an_error_in_row_7_changes_nothing_and_says_what_to_fix_then_the_fixed_file_imports()
    {
        var before = await GetDirectoryAsync();
        var rows = DirectoryFiles.People("工业路街道", 8, "gongye");
        rows[5][3] = "gongye6@";   // Excel row 7: the header is row 1

        var refused = await ImportAsync(DirectoryFiles.Xlsx(rows), "directory.xlsx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        var error = Assert.Single(problem!["errors"]!.AsArray())!;
        Assert.Equal(7, error["row"]!.GetValue<int>());
        Assert.Equal("邮箱", error["column"]!.ToString());
        Assert.Contains("gongye6@", error["message"]!.ToString());
        Assert.Equal(before["version"]?.ToString(), (await GetDirectoryAsync())["version"]?.ToString());

        rows[5][3] = "gongye6@example.org";
        var imported = await ImportAsync(DirectoryFiles.Xlsx(rows), "directory.xlsx");

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var people = (await GetDirectoryAsync("?unit=工业路街道"))["people"]!.AsArray();
        Assert.Equal(8, people.Count);
        Assert.Contains(people, p => p!["email"]!.ToString() == "gongye6@example.org");
    }

    [Fact]
    public async Task Importing_the_same_content_again_changes_nothing()
    {
        var file = DirectoryFiles.Csv(DirectoryFiles.People("矿山街道", 3, "kuangshan"));
        var first = await (await ImportAsync(file, "directory.csv")).Content.ReadFromJsonAsync<JsonObject>();

        var second = await (await ImportAsync(file, "directory.csv")).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal("unchanged", second!["status"]!.ToString());
        Assert.Equal(first!["version"]!.ToString(), second["version"]!.ToString());
    }

    [Fact]
    public async Task Two_imports_at_once_leave_exactly_one_of_the_files_as_the_directory()
    {
        var fileA = DirectoryFiles.Csv(DirectoryFiles.People("济源路街道", 300, "jiyuan"));
        var fileB = DirectoryFiles.Csv(DirectoryFiles.People("中心路街道", 300, "zhongxin"));

        var responses = await Task.WhenAll(ImportAsync(fileA, "a.csv"), ImportAsync(fileB, "b.csv"));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var units = (await GetDirectoryAsync())["people"]!.AsArray().Select(p => p!["unit"]!.ToString()).Distinct().ToList();
        var unit = Assert.Single(units);
        Assert.Equal(300, (await GetDirectoryAsync($"?unit={unit}"))["people"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_directory_is_filtered_by_unit_role_and_group()
    {
        var rows = new List<string[]>
        {
            new[] { "区委办公室", "区直单位", "郝婕", "haojie@example.org", "编辑", "" },
            new[] { "区委办公室", "区直单位", "王书记", "wang@example.org", "领导", "区县处级领导" },
            new[] { "峡窝镇", "镇", "赵镇长", "zhao@example.org", "负责同志", "" },
        };
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(DirectoryFiles.Csv(rows), "filters.csv")).StatusCode);

        Assert.Equal(["郝婕"], Names(await GetDirectoryAsync("?role=编辑")));
        Assert.Equal(["王书记"], Names(await GetDirectoryAsync("?group=区县处级领导")));
        Assert.Equal(["赵镇长"], Names(await GetDirectoryAsync("?unit=峡窝镇&role=负责同志")));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory?role=主任")).StatusCode);
    }

    [Fact]
    public async Task Without_the_operator_key_the_directory_can_be_neither_read_nor_replaced()
    {
        var file = new ByteArrayContent(DirectoryFiles.Csv(DirectoryFiles.People("矿山街道", 1, "x")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Http.PostAsync("/api/directory/import?fileName=x.csv", file)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Http.GetAsync("/api/directory")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory", key: "wrong-key-wrong-key")).StatusCode);
    }

    private static string[] Names(JsonObject directory) => directory["people"]!.AsArray().Select(p => p!["name"]!.ToString()).ToArray();

    private Task<HttpResponseMessage> ImportAsync(byte[] file, string fileName) =>
        app.Http.SendAsOperatorAsync(HttpMethod.Post, $"/api/directory/import?fileName={fileName}", new ByteArrayContent(file));

    private async Task<JsonObject> GetDirectoryAsync(string query = "")
    {
        var response = await app.Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory" + query);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
