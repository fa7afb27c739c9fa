using BenchmarkDotNet.Running;

namespace Bulletin.Benchmarks;

// A named class: the local host's own top-level Program is visible here through InternalsVisibleTo.
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
