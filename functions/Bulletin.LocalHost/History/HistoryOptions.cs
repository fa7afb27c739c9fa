using System.Globalization;

namespace Bulletin.LocalHost.History;

/// <summary><c>generate-history --years 5 [--seed N] [--scale 0.1] [--urls URL]</c>; scale 1 is an office's real volume
/// (20,000 submissions, 5,000 people, about 300 issues in five years), smaller scales for tests and CI.</summary>
public sealed record HistoryOptions(int Years, int Seed, double Scale, string Url)
{
    public const string Usage = "Usage: generate-history --years 5 [--seed 20261203] [--scale 1] [--urls http://localhost:7071]";

    public static HistoryOptions Parse(string[] args)
    {
        var options = new HistoryOptions(5, 20261203, 1, "http://localhost:7071");
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--years" => options with { Years = int.TryParse(Value(), out var y) && y is >= 1 and <= 20 ? y : throw new ArgumentException($"--years takes 1 to 20. {Usage}") },
                "--seed" => options with { Seed = int.TryParse(Value(), out var s) ? s : throw new ArgumentException($"--seed takes a whole number. {Usage}") },
                "--scale" => options with { Scale = double.TryParse(Value(), CultureInfo.InvariantCulture, out var f) && f is > 0 and <= 10 ? f : throw new ArgumentException($"--scale takes a number above 0 up to 10. {Usage}") },
                "--urls" => options with { Url = Value().Split(';')[0] },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. {Usage}"),
            };
        }
        return options;
    }
}
