using System.Globalization;

namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// Hands out receive times that strictly increase, so ids made from them are unique and sort by time
/// even when posts arrive within the same clock tick.
/// </summary>
internal sealed class OutboxIdClock(TimeProvider time)
{
    private const string IdFormat = "yyyyMMdd'T'HHmmssfffffff'Z'";
    private long lastTicks;

    public DateTime Next()
    {
        while (true)
        {
            var previous = Interlocked.Read(ref lastTicks);
            var candidate = Math.Max(time.GetUtcNow().UtcTicks, previous + 1);
            if (Interlocked.CompareExchange(ref lastTicks, candidate, previous) == previous)
                return new DateTime(candidate, DateTimeKind.Utc);
        }
    }

    /// <summary>Never hand out a time at or before one already used (the clock may have gone back since).</summary>
    public void NotBefore(DateTime receivedAt)
    {
        var ticks = receivedAt.Ticks;
        long previous;
        do previous = Interlocked.Read(ref lastTicks);
        while (ticks > previous && Interlocked.CompareExchange(ref lastTicks, ticks, previous) != previous);
    }

    /// <summary>The id for a receive time: digits only apart from T and Z, so safe in paths and file names.</summary>
    public static string IdOf(DateTime receivedAt) => receivedAt.ToString(IdFormat, CultureInfo.InvariantCulture);

    /// <summary>Only ids this clock could have made parse, so an id from a URL cannot name another file.</summary>
    public static bool TryParseId(string id, out DateTime receivedAt) =>
        DateTime.TryParseExact(id, IdFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out receivedAt)
        && IdOf(receivedAt) == id;
}
