using System.Collections.Concurrent;

namespace Bulletin.Storage;

/// <summary>Counts the app's storage requests per function and operation, for measuring what one submission's life
/// costs; on only when <c>Storage__CountCalls</c> is <c>true</c> (off by default, and in Azure).</summary>
public sealed class StorageCallCounter(bool enabled)
{
    public const string SettingName = "Storage:CountCalls";
    /// <summary>Where calls made outside any function invocation (start-up work such as the demo directory) are counted.</summary>
    public const string OutsideFunctions = "(start-up)";

    private static readonly AsyncLocal<string?> CurrentFunction = new();
    private readonly ConcurrentDictionary<(string Function, string Operation), int> _counts = new();
    private int _running;

    public bool Enabled => enabled;

    /// <summary>Attributes the storage calls of the current async flow to <paramref name="function"/> until disposed,
    /// and counts it as running meanwhile.</summary>
    public IDisposable Enter(string function)
    {
        CurrentFunction.Value = function;
        Interlocked.Increment(ref _running);
        return new Exit(this);
    }

    public void Count(string operation) =>
        _counts.AddOrUpdate((CurrentFunction.Value ?? OutsideFunctions, operation), 1, (_, n) => n + 1);

    public StorageCalls Read()
    {
        var byFunction = _counts.GroupBy(c => c.Key.Function).ToDictionary(
            g => g.Key, g => (IReadOnlyDictionary<string, int>)g.ToDictionary(c => c.Key.Operation, c => c.Value));
        return new StorageCalls(Volatile.Read(ref _running), byFunction);
    }

    private sealed class Exit(StorageCallCounter counter) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref counter._running);
    }
}

/// <summary>The counts so far: how many invocations are still running, and per function the requests per operation
/// (<c>table GET entity</c>, <c>blob PUT container</c>, …).</summary>
public sealed record StorageCalls(int Running, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Functions);
