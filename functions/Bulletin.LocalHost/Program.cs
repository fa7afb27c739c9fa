using Bulletin.LocalHost;
using Bulletin.LocalHost.Commands;
using Bulletin.LocalHost.Demo;
using Bulletin.LocalHost.History;

// Runs the Function App locally the way Azure does. See README.md ("Set up").
if (args.FirstOrDefault() == ImportDirectoryCommand.Name)
    return await ImportDirectoryCommand.RunAsync(args, Console.Out);
if (args.FirstOrDefault() == GenerateHistoryCommand.Name)
    return await GenerateHistoryCommand.RunAsync(args, Console.Out);
try
{
    var options = LocalHostOptions.FromArguments(args);
    await using var host = await LocalFunctionsHost.StartAsync(options);
    if (options.Demo)
        await SeedDemo.PlayAsync(host, Console.Out);
    await host.WaitForShutdownAsync();
    Console.WriteLine("Stopping: the worker and Azurite are being stopped.");
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException)
{
    Console.Error.WriteLine($"The local host could not start: {ex.Message}");
    return 1;
}
