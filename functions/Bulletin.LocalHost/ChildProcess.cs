using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Bulletin.LocalHost;

/// <summary>A process the local host started (Azurite, the worker): its output is passed on line by line,
/// and stopping it ends it by its own process id — SIGTERM, then KILL after a grace period — so none is left behind.</summary>
internal sealed partial class ChildProcess : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();
    private readonly Process _process;

    static ChildProcess()
    {
        // Last resort when the host exits without stopping its children (an unhandled exception, say).
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            foreach (var process in Running.Values)
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        };
    }

    private ChildProcess(Process process) => _process = process;

    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;
    public Task Exited => _process.WaitForExitAsync();
    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(ProcessStartInfo startInfo, Action<string> onOutputLine)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true; // so the child does not read the host's console
        startInfo.UseShellExecute = false;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onOutputLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onOutputLine(e.Data); };
        process.Start();
        Running[process.Id] = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process);
    }

    /// <summary>Asks politely (SIGTERM), then kills the process and its descendants after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        try
        {
            if (!_process.HasExited && !OperatingSystem.IsWindows())
                _ = SendSignal(_process.Id, SigTerm);
            using var timeout = new CancellationTokenSource(grace);
            try { await _process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { }
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            Running.TryRemove(_process.Id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(2));
        _process.Dispose();
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
