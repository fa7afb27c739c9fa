using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Bulletin.LocalHost;
using Bulletin.LocalHost.Worker;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.Benchmarks.LocalHost;

/// <summary><c>GET /api/hello/x</c> through the local host's public address, against the floor: the same
/// InvocationRequest sent through the host's own <see cref="FunctionInvoker"/> and the HTTP request sent straight
/// to the worker's Kestrel with <c>x-ms-invocation-id</c>, both awaited. The difference is what the host adds:
/// routing, building the request's RPC form, YARP forwarding and response buffering.</summary>
[MemoryDiagnoser]
public class HttpRoundTripBenchmarks
{
    private const string Path = "/api/hello/x";
    private const string Expected = "你好 x";

    private readonly string _outbox = TestAppHost.NewOutboxDirectory();
    private LocalFunctionsHost _host = null!;
    private HttpClient _throughHost = null!;
    private HttpClient _toWorker = null!;
    private FunctionInvoker _invoker = null!;
    private FunctionDefinition _hello = null!;
    private Uri _workerUri = null!;

    [GlobalSetup]
    public async Task StartHost()
    {
        _host = await LocalFunctionsHost.StartAsync(TestAppHost.Options(_outbox));
        var functions = _host.Functions ?? throw new InvalidOperationException("The host returned before its functions were loaded.");
        _invoker = functions.Invoker;
        _hello = functions.ByName["Hello"];
        _workerUri = new Uri(functions.WorkerHttpUri, Path);
        // Both clients as the host's own forwarder is set up: no proxy, no cookies, no decompression.
        _throughHost = new HttpClient(NewHandler()) { BaseAddress = _host.BaseAddress };
        _toWorker = new HttpClient(NewHandler());
        await WaitUntilWorkerListens(functions.WorkerHttpUri);

        foreach (var answer in new[] { await ThroughHost(), await DirectToWorker() })
            if (answer != Expected)
                throw new InvalidOperationException($"Expected '{Expected}', got '{answer}'.");
    }

    /// <summary>The floor: the InvocationRequest over gRPC and the HTTP request straight to the worker.</summary>
    [Benchmark(Baseline = true)]
    public async Task<string> DirectToWorker()
    {
        var invocationId = Guid.NewGuid().ToString();
        var invocation = _invoker.InvokeAsync(_hello, new TypedData { Http = RpcRequest() }, AddTriggerMetadata, invocationId);
        using var request = new HttpRequestMessage(HttpMethod.Get, _workerUri);
        request.Headers.TryAddWithoutValidation("x-ms-invocation-id", invocationId);
        using var response = await _toWorker.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var result = await invocation;
        return result.Succeeded && response.IsSuccessStatusCode ? body : $"failed: {(int)response.StatusCode} {result.Exception?.Message}";
    }

    /// <summary>The full path: the host's public address, its routing and its YARP forwarder.</summary>
    [Benchmark]
    public async Task<string> ThroughHost() => await _throughHost.GetStringAsync(Path);

    [GlobalCleanup]
    public async Task StopHost()
    {
        _throughHost.Dispose();
        _toWorker.Dispose();
        await _host.DisposeAsync();
        TestAppHost.DeleteOutbox(_outbox);
    }

    /// <summary>Ready does not yet mean the worker's own Kestrel accepts connections (RESULTS.md, notes).</summary>
    private static async Task WaitUntilWorkerListens(Uri workerUri)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(workerUri.Host, workerUri.Port);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }
        }
    }

    private static SocketsHttpHandler NewHandler() => new()
    {
        UseProxy = false, UseCookies = false, AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
    };

    /// <summary>What the host's forwarder builds from the same request (HttpClient sends only Host).</summary>
    private RpcHttp RpcRequest()
    {
        var http = new RpcHttp { Method = "GET", Url = new Uri(_host.BaseAddress, Path).ToString() };
        http.NullableHeaders["Host"] = new NullableString { Value = _host.BaseAddress.Authority };
        http.NullableParams["name"] = new NullableString { Value = "x" };
        return http;
    }

    private void AddTriggerMetadata(Google.Protobuf.Collections.MapField<string, TypedData> metadata)
    {
        metadata["name"] = new TypedData { String = "x" };
        metadata["Query"] = new TypedData { Json = "{}" };
        metadata["Headers"] = new TypedData { Json = JsonSerializer.Serialize(new Dictionary<string, string> { ["Host"] = _host.BaseAddress.Authority }) };
    }
}
