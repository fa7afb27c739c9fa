namespace Bulletin.LocalHost.Worker;

/// <summary>The worker is not there to run an invocation: it is (re)starting, or it went away while the invocation ran.</summary>
internal sealed class WorkerUnavailableException(string message) : InvalidOperationException(message);
