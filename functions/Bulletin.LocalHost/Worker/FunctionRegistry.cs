using Bulletin.LocalHost.Http;
using Bulletin.LocalHost.Timers;

namespace Bulletin.LocalHost.Worker;

/// <summary>The loaded functions and what triggers them, available once the worker is ready.</summary>
internal sealed record FunctionRegistry(
    IReadOnlyDictionary<string, FunctionDefinition> ByName, HttpTriggerRoutes Routes, Uri WorkerHttpUri,
    FunctionInvoker Invoker, IReadOnlyDictionary<string, TimerTriggerScheduler> Timers);
