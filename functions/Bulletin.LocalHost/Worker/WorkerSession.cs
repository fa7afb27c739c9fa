namespace Bulletin.LocalHost.Worker;

/// <summary>One running worker process: its stream, the ids it gave the functions it loaded, and where its Kestrel listens.</summary>
internal sealed record WorkerSession(ChildProcess Process, WorkerChannel Channel, IReadOnlyDictionary<string, string> FunctionIds, Uri? HttpUri);

/// <summary>What every worker process of the app is started with.</summary>
internal sealed record WorkerLaunch(string AppDirectory, Uri FunctionsUri, IReadOnlyDictionary<string, string> Settings);
