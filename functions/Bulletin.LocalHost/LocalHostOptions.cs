using System.Reflection;

namespace Bulletin.LocalHost;

/// <summary>What the local host runs and where; defaults suit <c>dotnet run --project functions/Bulletin.LocalHost</c>.</summary>
public sealed record LocalHostOptions
{
    /// <summary>Folder with package.json, local.settings.json and the .azurite/.outbox data folders.</summary>
    public string RepositoryRoot { get; init; } = BuildMetadata("RepositoryRoot");

    /// <summary>The built Function App (the folder holding worker.config.json).</summary>
    public string AppDirectory { get; init; } = BuildMetadata("FunctionAppDirectory");

    /// <summary>Address for HTTP functions, /admin and /dev; port 0 picks a free one.</summary>
    public string Url { get; init; } = "http://localhost:7071";

    /// <summary>Keep Azurite's data in memory (tests) instead of under <see cref="RepositoryRoot"/>/.azurite.</summary>
    public bool InMemoryStorage { get; init; }

    /// <summary>Where Azurite keeps its data when not in memory; default <see cref="RepositoryRoot"/>/.azurite (tests that
    /// restart a host over the same data use a folder of their own).</summary>
    public string? StorageDirectory { get; init; }

    /// <summary>Where the SendGrid stand-in keeps accepted mail; default <see cref="RepositoryRoot"/>/.outbox.</summary>
    public string? OutboxDirectory { get; init; }

    /// <summary>A settings file to read as it is; default local.settings.json in <see cref="RepositoryRoot"/>, created from the sample.</summary>
    public string? SettingsFile { get; init; }

    /// <summary>Settings that replace those of local.settings.json (tests use it).</summary>
    public IReadOnlyDictionary<string, string> SettingOverrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the SendGrid stand-in posts signed Event Webhook batches for accepted mail to the app's
    /// <c>/api/sendgrid/events</c> (default on; <c>--no-delivery-events</c>, or tests that do not want them, turn it off).</summary>
    public bool PostDeliveryEvents { get; init; } = true;

    /// <summary>Request bodies over this get 413 before any function runs, as from Azure's front end (100 MB there);
    /// <c>--max-request-body-mb</c> changes it.</summary>
    public long MaxRequestBodyBytes { get; init; } = 100L * 1024 * 1024;

    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Play the seed issue end to end once the host is ready (<c>--demo</c>); its storage is in memory, so every run starts
    /// from the demo directory and numbering 第20期 is free again.</summary>
    public bool Demo { get; init; }

    public static LocalHostOptions FromArguments(string[] args)
    {
        var options = new LocalHostOptions { Url = Environment.GetEnvironmentVariable("ASPNETCORE_URLS")?.Split(';')[0] ?? "http://localhost:7071" };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--urls" => options with { Url = Value().Split(';')[0] },
                "--app" => options with { AppDirectory = Path.GetFullPath(Value()) },
                "--in-memory" => options with { InMemoryStorage = true },
                "--settings" => options with { SettingsFile = Path.GetFullPath(Value()) },
                "--verbose" => options with { MinimumLogLevel = LogLevel.Debug },
                "--no-delivery-events" => options with { PostDeliveryEvents = false },
                "--demo" => options with { Demo = true, InMemoryStorage = true },
                "--max-request-body-mb" => options with { MaxRequestBodyBytes = Megabytes(Value()) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Use --urls <url>, --app <built app folder>, --settings <file>, --in-memory, --demo, --no-delivery-events, --max-request-body-mb <MB>, --verbose."),
            };
        }
        return options;
    }

    private static long Megabytes(string value) =>
        long.TryParse(value, out var megabytes) && megabytes is > 0 and <= 1024 * 1024
            ? megabytes * 1024 * 1024 : throw new ArgumentException($"--max-request-body-mb needs a whole number of megabytes, not '{value}'.");

    private static string BuildMetadata(string key) =>
        typeof(LocalHostOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
