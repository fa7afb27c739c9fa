using System.Text;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bulletin.Directory;
using Bulletin.Directory.Storage;
using Bulletin.LocalHost;
using Bulletin.LocalHost.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using MiniExcelLibs;

namespace Bulletin.Benchmarks.Directory;

/// <summary>Importing a directory of 5,000 people into Azurite: read, check, write a version, make it current,
/// delete the previous one. Two files alternate so that every import really replaces the directory.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class DirectoryImportBenchmarks
{
    private const int People = 5000;
    private AzuriteServer _azurite = null!;
    private DirectoryImporter _importer = null!;
    private readonly byte[][] _csv = new byte[2][];
    private readonly byte[][] _xlsx = new byte[2][];
    private int _turn;

    [GlobalSetup]
    public async Task StartAzurite()
    {
        _azurite = await AzuriteServer.StartAsync(new LocalHostOptions().RepositoryRoot, null, _ => { }, CancellationToken.None);
        var tables = new TableServiceClient(_azurite.ConnectionString);
        _importer = new DirectoryImporter(new DirectoryStore(tables), new DirectoryImportLog(tables), TimeProvider.System, NullLogger<DirectoryImporter>.Instance);
        for (var version = 0; version < 2; version++)
        {
            var rows = Rows(version).ToList();
            _csv[version] = Encoding.UTF8.GetBytes("单位,类别,姓名,邮箱,角色,分组\r\n" + string.Join("\r\n", rows.Select(r => string.Join(',', r.Values))));
            using var xlsx = new MemoryStream();
            xlsx.SaveAs(rows);
            _xlsx[version] = xlsx.ToArray();
        }
    }

    [GlobalCleanup]
    public async Task StopAzurite() => await _azurite.DisposeAsync();

    [Benchmark]
    public Task<DirectoryImportResult> Import5000FromCsv() => ImportAsync(_csv, "directory.csv");

    [Benchmark]
    public Task<DirectoryImportResult> Import5000FromXlsx() => ImportAsync(_xlsx, "directory.xlsx");

    private async Task<DirectoryImportResult> ImportAsync(byte[][] files, string fileName)
    {
        var result = await _importer.ImportAsync(new MemoryStream(files[_turn++ % 2]), fileName, null, "benchmark", CancellationToken.None);
        return result.Outcome == DirectoryImportOutcome.Imported ? result : throw new InvalidOperationException($"Import was {result.Outcome}.");
    }

    /// <summary>100 units of 50 people each; the two versions differ in every person's name.</summary>
    private static IEnumerable<Dictionary<string, object>> Rows(int version) =>
        Enumerable.Range(0, People).Select(i => new Dictionary<string, object>
        {
            ["单位"] = $"单位{i / 50:D3}", ["类别"] = "区直单位", ["姓名"] = $"人员{version}-{i:D4}",
            ["邮箱"] = $"person{i:D4}@example.org", ["角色"] = i % 50 == 0 ? "负责同志" : "信息员", ["分组"] = i % 500 == 0 ? "区县处级领导" : "",
        });
}
