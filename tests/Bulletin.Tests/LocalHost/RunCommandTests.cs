using System.Diagnostics;
using System.Text.RegularExpressions;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.LocalHost;

/// <summary>The local host as a newcomer runs it: its own process, stopped with Ctrl-C (SIGINT) or SIGTERM.</summary>
public sealed partial class RunCommandTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Stopping_the_host_leaves_no_worker_or_Azurite_process_behind(string signal)
    {
        var output = new List<string>();
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A terminal's Ctrl-C reaches a process whose SIGINT is at its default; a test runner started in the background
        // may pass SIGINT on as ignored, which .NET honours, so env resets it first (GNU coreutils).
        var startInfo = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--default-signal=INT", "dotnet", typeof(Bulletin.LocalHost.LocalFunctionsHost).Assembly.Location, "--urls", "http://127.0.0.1:0",
                     "--in-memory", "--app", TestPaths.TestAppDirectory, "--settings", TestPaths.SampleSettingsFile })
            startInfo.ArgumentList.Add(argument);
        using var host = new Process { StartInfo = startInfo };
        host.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Add(e.Data);
            if (e.Data.StartsWith("Ready: ")) ready.TrySetResult(e.Data["Ready: ".Length..]);
        };
        host.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Add(e.Data); };
        host.Start();
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            var address = await ready.Task.WaitAsync(TimeSpan.FromSeconds(90));
            using var http = new HttpClient();
            Assert.Equal("你好 Ctrl-C", await http.GetStringAsync($"{address}/api/hello/Ctrl-C"));
            var children = ChildProcessIds(output);
            Assert.Equal(2, children.Count);

            Process.Start("kill", $"-{signal} {host.Id}").WaitForExit();
            await host.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

            Assert.Equal(0, host.ExitCode);
            Assert.All(children, pid => Assert.False(IsRunning(pid), $"process {pid} is still running"));
        }
        finally
        {
            if (!host.HasExited) host.Kill(entireProcessTree: true);
        }
    }

    private static List<int> ChildProcessIds(List<string> output)
    {
        lock (output)
            return output.Select(line => StartedLine().Match(line)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
    }

    private static bool IsRunning(int pid)
    {
        try { return !Process.GetProcessById(pid).HasExited; }
        catch (ArgumentException) { return false; }
    }

    [GeneratedRegex(@"(?:Azurite|Worker) started \(pid (\d+)\)")]
    private static partial Regex StartedLine();
}
