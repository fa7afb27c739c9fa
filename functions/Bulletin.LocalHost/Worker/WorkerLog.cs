using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>Writes the worker's RpcLog messages to the host's console, under the worker's own category.</summary>
internal static class WorkerLog
{
    public static void Write(ILoggerFactory loggers, RpcLog log)
    {
        var category = string.IsNullOrEmpty(log.Category) ? "Worker" : log.Category;
        var logger = loggers.CreateLogger(category);
        var level = log.Level switch
        {
            RpcLog.Types.Level.Trace => LogLevel.Trace,
            RpcLog.Types.Level.Debug => LogLevel.Debug,
            RpcLog.Types.Level.Information => LogLevel.Information,
            RpcLog.Types.Level.Warning => LogLevel.Warning,
            RpcLog.Types.Level.Error => LogLevel.Error,
            RpcLog.Types.Level.Critical => LogLevel.Critical,
            _ => LogLevel.None,
        };
        if (log.Exception is { } exception)
            logger.Log(level, "{Message}\n{ExceptionMessage}\n{StackTrace}", log.Message, exception.Message, exception.StackTrace);
        else
            logger.Log(level, "{Message}", log.Message);
    }
}
