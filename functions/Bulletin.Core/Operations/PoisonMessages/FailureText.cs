using System.Reflection;
using System.Text.RegularExpressions;

namespace Bulletin.Operations.PoisonMessages;

/// <summary>What of an exception may be shown to editors and operators: its type and the first line of its message,
/// bounded, with anything that looks like a key, signature or password masked. Never the stack trace.</summary>
public static partial class FailureText
{
    public const int MaxLength = 400;

    public static (string Type, string Message) Of(Exception exception)
    {
        while (exception is AggregateException or TargetInvocationException && exception.InnerException is { } inner)
            exception = inner;
        var firstLine = exception.Message.Split('\n', 2)[0].Trim();
        var masked = Secret().Replace(firstLine, m => m.Groups[1].Value + "***");
        return (exception.GetType().Name, masked.Length <= MaxLength ? masked : masked[..MaxLength] + "…");
    }

    [GeneratedRegex(@"((?:AccountKey|SharedAccessSignature|sig|password|pwd|secret|token|key)\s*[=:]\s*|Bearer\s+|Basic\s+)[^\s;&,""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Secret();
}
