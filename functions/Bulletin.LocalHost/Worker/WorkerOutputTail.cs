namespace Bulletin.LocalHost.Worker;

/// <summary>Logs the worker's console output and keeps its last lines, so a failed start can say why.</summary>
internal sealed class WorkerOutputTail(ILogger logger, int capacity = 40)
{
    private readonly Queue<string> _lines = new();

    public void Write(string line)
    {
        logger.LogInformation("{WorkerOutput}", line);
        lock (_lines)
        {
            _lines.Enqueue(line);
            if (_lines.Count > capacity)
                _lines.Dequeue();
        }
    }

    public string Tail()
    {
        lock (_lines)
            return string.Join(Environment.NewLine, _lines);
    }
}
