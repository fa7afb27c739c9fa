using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Bulletin.LocalHost.Admin;
using Bulletin.LocalHost.Http;
using Bulletin.LocalHost.MailSink;
using Bulletin.LocalHost.Queues;
using Bulletin.LocalHost.Settings;
using Bulletin.LocalHost.Storage;
using Bulletin.LocalHost.Timers;
using Bulletin.LocalHost.Worker;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Yarp.ReverseProxy.Forwarder;

namespace Bulletin.LocalHost;

/// <summary>The local stand-in for the Azure Functions host: Azurite, the real worker over gRPC,
/// HTTP/queue/timer triggers, the admin API and the SendGrid stand-in, started and stopped together.</summary>
public sealed class LocalFunctionsHost : IAsyncDisposable
{
    private readonly WebApplication _web;
    private readonly AzuriteServer? _azurite;
    private readonly CancellationTokenSource _stopping = new();
    private WorkerSupervisor? _worker;
    private FunctionRegistry? _functions;
    private readonly List<Task> _listeners = [];

    private const string DefaultUrl = "http://localhost:7071";

    private LocalFunctionsHost(WebApplication web, AzuriteServer? azurite, string storageConnectionString)
    {
        _web = web;
        _azurite = azurite;
        StorageConnectionString = storageConnectionString;
    }

    public Uri BaseAddress { get; private set; } = null!;
    public string StorageConnectionString { get; }
    /// <summary>The settings the worker runs with (local.settings.json's Values, overrides applied, storage resolved).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; private set; } = new Dictionary<string, string>();
    public int? AzuriteProcessId => _azurite?.ProcessId;
    /// <summary>The running worker's process id; null while it restarts.</summary>
    public int? WorkerProcessId => _worker?.Current?.Process.Id;
    public IReadOnlyCollection<string> FunctionNames => _functions?.ByName.Keys.ToArray() ?? [];

    /// <summary>The loaded functions, their routes and the invoker; null until the worker is ready (benchmarks use it).</summary>
    internal FunctionRegistry? Functions => _functions;

    public static async Task<LocalFunctionsHost> StartAsync(LocalHostOptions options, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(options.MinimumLogLevel).AddFilter("Microsoft.AspNetCore", LogLevel.Warning)
            .AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Yarp", LogLevel.Warning).AddFilter("Grpc", LogLevel.Warning)
            .AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss "; });
        var log = (string message) => Console.WriteLine(message);

        var settings = new Dictionary<string, string>(options.SettingsFile is { } file
            ? LocalSettingsFile.Read(file) : LocalSettingsFile.LoadOrCreate(options.RepositoryRoot, log));
        foreach (var (key, value) in options.SettingOverrides)
            settings[key] = value;

        AzuriteServer? azurite = null;
        var storage = settings.GetValueOrDefault("AzureWebJobsStorage");
        if (string.IsNullOrWhiteSpace(storage) || storage.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            var dataDirectory = options.InMemoryStorage ? null : options.StorageDirectory ?? Path.Combine(options.RepositoryRoot, ".azurite");
            azurite = await AzuriteServer.StartAsync(options.RepositoryRoot, dataDirectory, log, cancellationToken);
            storage = azurite.ConnectionString;
            log($"Azurite started (pid {azurite.ProcessId}), data {(dataDirectory ?? "in memory")}.");
        }
        settings["AzureWebJobsStorage"] = storage;

        var grpcPort = FreeLoopbackPort();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Azure's front end accepts request bodies up to 100 MB (Kestrel's own default is 30 MB); larger ones get 413.
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
            ListenPublic(kestrel, new Uri(options.Url));
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = grpc.MaxSendMessageSize = int.MaxValue);
        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton<WorkerSupervisor>();
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<HttpTriggerForwarder>();
        builder.Services.AddMailSink(options.OutboxDirectory ?? Path.Combine(options.RepositoryRoot, ".outbox"));

        var web = builder.Build();
        var host = new LocalFunctionsHost(web, azurite, storage) { Settings = settings };
        try
        {
            host.MapEndpoints(grpcPort, settings.GetValueOrDefault(AdminKey.SettingName));
            await web.StartAsync(cancellationToken);
            host.BaseAddress = PublicAddress(web, grpcPort);
            await host.StartWorkerAsync(options, settings, grpcPort, cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when Ctrl-C or SIGTERM asks the host to stop; <see cref="DisposeAsync"/> then stops
    /// the worker before the web server, whose shutdown would otherwise wait on the worker's open gRPC stream.</summary>
    public Task WaitForShutdownAsync()
    {
        var stopping = _web.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        stopping.Register(() => requested.TrySetResult());
        return requested.Task;
    }

    private void MapEndpoints(int grpcPort, string? adminKey)
    {
        _web.MapGrpcService<FunctionRpcEndpoint>().RequireHost($"*:{grpcPort}");
        _web.MapMailSink();
        _web.MapAdminFunctions(() => _functions, adminKey);
        _web.MapAdminStorage(StorageConnectionString, adminKey);
        _web.Map("/{**path}", async context =>
        {
            if (_functions is not { } functions)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                await context.Response.WriteAsync("The Function App is still starting.");
                return;
            }
            var values = new RouteValueDictionary();
            var function = functions.Routes.Match(context.Request.Method, context.Request.Path, values, out var methodNotAllowed);
            if (function is null)
            {
                context.Response.StatusCode = methodNotAllowed ? StatusCodes.Status405MethodNotAllowed : StatusCodes.Status404NotFound;
                return;
            }
            await context.RequestServices.GetRequiredService<HttpTriggerForwarder>().ForwardAsync(context, function, values, functions.WorkerHttpUri);
        });
    }

    private async Task StartWorkerAsync(LocalHostOptions options, Dictionary<string, string> settings, int grpcPort, CancellationToken cancellationToken)
    {
        // Settings that point at the default local address (the mail stand-in, links in mail) follow the address in use.
        foreach (var (key, value) in settings.ToList())
            if (value.StartsWith(DefaultUrl, StringComparison.OrdinalIgnoreCase))
                settings[key] = BaseAddress.ToString().TrimEnd('/') + value[DefaultUrl.Length..];

        var loggers = _web.Services.GetRequiredService<ILoggerFactory>();
        _worker = _web.Services.GetRequiredService<WorkerSupervisor>();
        var functions = await _worker.StartAsync(new WorkerLaunch(options.AppDirectory, new Uri($"http://127.0.0.1:{grpcPort}/"), settings), cancellationToken);
        var httpUri = _worker.Current?.HttpUri;

        var invoker = _web.Services.GetRequiredService<FunctionInvoker>();
        var hostJson = HostJsonFile.Read(options.AppDirectory, settings);
        if (options.PostDeliveryEvents)
            _web.Services.GetRequiredService<EventWebhookTarget>().Url = new Uri(BaseAddress, $"/{hostJson.RoutePrefix}/sendgrid/events");
        var timers = StartTriggers(functions, hostJson, settings, invoker, loggers);
        _functions = new FunctionRegistry(functions.ToDictionary(f => f.Name), new HttpTriggerRoutes(functions, hostJson.RoutePrefix),
            httpUri ?? new Uri("http://127.0.0.1/"), invoker, timers);
        // A restarted worker listens on a port of its own choosing.
        _worker.Restarted = session => _functions = _functions with { WorkerHttpUri = session.HttpUri ?? _functions.WorkerHttpUri };
        PrintReady(hostJson);
    }

    private Dictionary<string, TimerTriggerScheduler> StartTriggers(IReadOnlyList<FunctionDefinition> functions, HostJsonFile hostJson,
        IReadOnlyDictionary<string, string> settings, FunctionInvoker invoker, ILoggerFactory loggers)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var queues = new QueueServiceClient(StorageConnectionString, queueOptions);
        var blobs = new BlobServiceClient(StorageConnectionString);
        var timers = new Dictionary<string, TimerTriggerScheduler>();
        foreach (var function in functions)
        {
            var logger = loggers.CreateLogger($"Host.Triggers.{function.Name}");
            if (function.IsQueue)
            {
                var queueName = ResolveSetting(function.Property("queueName")!, settings).ToLowerInvariant();
                var listener = new QueueTriggerListener(function, queues.GetQueueClient(queueName), queues.GetQueueClient(queueName + "-poison"),
                    hostJson.Queues, invoker, logger);
                _listeners.Add(Task.Run(() => listener.RunAsync(_stopping.Token)));
            }
            else if (function.IsTimer)
            {
                var schedule = TimerSchedule.Parse(ResolveSetting(function.Property("schedule")!, settings));
                var timer = new TimerTriggerScheduler(function, schedule, blobs.GetBlobContainerClient("azure-webjobs-hosts"), "localhost",
                    invoker, TimeProvider.System, logger);
                timers[function.Name] = timer;
                _listeners.Add(Task.Run(() => timer.RunAsync(_stopping.Token)));
            }
        }
        return timers;
    }

    /// <summary>Binding expressions such as <c>%QueueName%</c> name an app setting, as in Azure.</summary>
    private static string ResolveSetting(string expression, IReadOnlyDictionary<string, string> settings) =>
        expression.Length > 2 && expression.StartsWith('%') && expression.EndsWith('%')
            ? settings.GetValueOrDefault(expression.Trim('%').Replace(":", "__"))
              ?? throw new InvalidOperationException($"Setting '{expression.Trim('%')}' is used by a trigger but is not in local.settings.json.")
            : expression;

    private void PrintReady(HostJsonFile hostJson)
    {
        Console.WriteLine();
        Console.WriteLine("Functions:");
        foreach (var (name, template) in _functions!.Routes.Describe())
            Console.WriteLine($"  {name}: {new Uri(BaseAddress, template)}");
        foreach (var function in _functions.ByName.Values.Where(f => !f.IsHttp))
            Console.WriteLine($"  {function.Name}: {function.TriggerType} {function.Property("queueName") ?? function.Property("schedule")}");
        Console.WriteLine();
        Console.WriteLine($"Health:  {new Uri(BaseAddress, $"/{hostJson.RoutePrefix}/health")}");
        Console.WriteLine($"Outbox:  {new Uri(BaseAddress, "/dev/outbox")}");
        Console.WriteLine($"Dashboard: {new Uri(BaseAddress, $"/{hostJson.RoutePrefix}/dashboard")}");
        Console.WriteLine($"Admin:   POST {new Uri(BaseAddress, "/admin/functions/{name}")}  (Authorization: Bearer <Bulletin:AdminKey>)");
        Console.WriteLine($"Ready: {BaseAddress.ToString().TrimEnd('/')}");
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        await Task.WhenAll(_listeners).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        if (_worker is not null)
            await _worker.StopAsync();
        await _web.StopAsync(TimeSpan.FromSeconds(5));
        await _web.DisposeAsync();
        if (_azurite is not null)
            await _azurite.DisposeAsync();
    }

    private static void ListenPublic(KestrelServerOptions kestrel, Uri url)
    {
        if (url.Host is "localhost" && url.Port != 0)
            kestrel.ListenLocalhost(url.Port);
        else if (url.Host is "localhost" or "127.0.0.1")
            kestrel.Listen(IPAddress.Loopback, url.Port);
        else if (url.Host is "*" or "+" or "0.0.0.0")
            kestrel.Listen(IPAddress.Any, url.Port);
        else
            kestrel.Listen(IPAddress.Parse(url.Host), url.Port);
    }

    private static Uri PublicAddress(WebApplication web, int grpcPort)
    {
        var addresses = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = new Uri(addresses.First(a => new Uri(a).Port != grpcPort));
        return new UriBuilder(address) { Host = address.Host is "127.0.0.1" or "[::1]" ? address.Host : "localhost" }.Uri;
    }

    private static int FreeLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
