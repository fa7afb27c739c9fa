using BenchmarkDotNet.Running;
using Bulletin.Benchmarks.Distribution;

namespace Bulletin.Benchmarks;

// A named class: the local host's own top-level Program is visible here through InternalsVisibleTo.
public static class Program
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["--distribution-working-set"]:
                DistributionWorkingSet.RunAsync().GetAwaiter().GetResult();
                break;
            case ["--history-latency", ..var rest]:
                History.HistoryLatency.RunAsync(rest.Length > 0 ? int.Parse(rest[0]) : 40).GetAwaiter().GetResult();
                break;
            case ["--stand-in"]:
                DistributionWorkingSet.RunStandInAsync().GetAwaiter().GetResult();
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }
}
