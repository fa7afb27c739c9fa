using System.Diagnostics;
using Bulletin.Benchmarks.LocalHost;
using Bulletin.LocalHost;
using Bulletin.LocalHost.Storage;
using Bulletin.Tests.Distribution.Rig;

namespace Bulletin.Benchmarks.Distribution;

/// <summary><c>-- --distribution-working-set</c>: the peak working set of the distribution on its own. The BenchmarkDotNet run
/// holds the local host and the SendGrid stand-in in the same process; here the stand-in runs in a child process (this
/// program with <c>--stand-in</c>) and the process's peak (Linux VmHWM) is reset just before each distribution.</summary>
internal static class DistributionWorkingSet
{
    private const int Recipients = 10_000;

    public static async Task RunAsync(int runs = 3)
    {
        using var standIn = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, [typeof(DistributionWorkingSet).Assembly.Location, "--stand-in"])
            { RedirectStandardInput = true, RedirectStandardOutput = true })!;
        string? line;
        while ((line = await standIn.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("STAND-IN ", StringComparison.Ordinal)) { }
        var address = line?["STAND-IN ".Length..] ?? throw new InvalidOperationException("The stand-in did not start.");
        _ = standIn.StandardOutput.ReadToEndAsync();

        await using var storage = await AzuriteServer.StartAsync(new LocalHostOptions().RepositoryRoot, null, _ => { }, CancellationToken.None);
        await using var rig = DistributionRig.Create(storage.ConnectionString, new Uri(new Uri(address), "dev/sendgrid").ToString());
        await rig.ImportDirectoryAsync(Recipients);
        for (var run = 1; run <= runs; run++)
        {
            await rig.PublishAsync(4000 + run, 1);
            GC.Collect();
            File.WriteAllText("/proc/self/clear_refs", "5"); // resets VmHWM to the current working set
            var before = PeakMegabytes();
            var allocated = GC.GetTotalAllocatedBytes(true);
            var clock = Stopwatch.StartNew();
            var calls = await rig.DistributeAsync(4000 + run, 1);
            Console.WriteLine($"// run {run}: {calls} API calls, {clock.Elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(true) - allocated) / 1024 / 1024} MB allocated, " +
                $"working set {before} MB before, peak {PeakMegabytes()} MB (stand-in in another process)");
        }
        await standIn.StandardInput.WriteLineAsync("stop");
        await standIn.WaitForExitAsync();
    }

    /// <summary>The local host with its SendGrid stand-in, until a line arrives on standard input.</summary>
    public static async Task RunStandInAsync()
    {
        var outbox = TestAppHost.NewOutboxDirectory();
        await using (var host = await LocalFunctionsHost.StartAsync(TestAppHost.Options(outbox)))
        {
            Console.WriteLine("STAND-IN " + host.BaseAddress);
            await Console.In.ReadLineAsync();
        }
        TestAppHost.DeleteOutbox(outbox);
    }

    private static long PeakMegabytes() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}
