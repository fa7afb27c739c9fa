using Bulletin.LocalHost;
using Bulletin.LocalHost.Commands;

// Runs the Function App locally the way Azure does. See README.md ("Set up").
if (args.FirstOrDefault() == ImportDirectoryCommand.Name)
    return await ImportDirectoryCommand.RunAsync(args, Console.Out);
try
{
    await using var host = await LocalFunctionsHost.StartAsync(LocalHostOptions.FromArguments(args));
    await host.WaitForShutdownAsync();
    Console.WriteLine("Stopping: the worker and Azurite are being stopped.");
    return 0;
}
catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException)
{
    Console.Error.WriteLine($"The local host could not start: {ex.Message}");
    return 1;
}
