using System.Buffers;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Reads a whole stream into memory, giving up as soon as it passes a limit. When the stream knows its length
/// the bytes are read once into an array of exactly that size (no growing buffer, no final copy); a stream that
/// does not is read into pooled chunks joined once at the end. A memory stream at its start over the whole of an
/// array it exposes gives that array itself.
/// </summary>
internal static class BoundedStream
{
    public static byte[]? ReadAll(Stream content, long maxBytes)
    {
        if (Announced(content, maxBytes) is not { } expected)
            return null;
        if (Exposed(content) is { } whole)
            return whole;
        var bytes = new byte[expected];
        var filled = 0;
        int read;
        while (filled < expected && (read = content.Read(bytes, filled, expected - filled)) > 0)
            filled += read;
        if (filled < expected)
            return bytes[..filled];
        using var rest = new Chunks(bytes);
        while ((read = content.Read(rest.Free.Span)) > 0)
        {
            if (!rest.Advance(read, maxBytes))
                return null;
        }
        return rest.ToArray();
    }

    public static async Task<byte[]?> ReadAllAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        if (Announced(content, maxBytes) is not { } expected)
            return null;
        if (Exposed(content) is { } whole)
            return whole;
        var bytes = new byte[expected];
        var filled = 0;
        int read;
        while (filled < expected && (read = await content.ReadAsync(bytes.AsMemory(filled), cancellationToken)) > 0)
            filled += read;
        if (filled < expected)
            return bytes[..filled];
        using var rest = new Chunks(bytes);
        while ((read = await content.ReadAsync(rest.Free, cancellationToken)) > 0)
        {
            if (!rest.Advance(read, maxBytes))
                return null;
        }
        return rest.ToArray();
    }

    // What a seekable stream says is left (null when that is over the limit); 0 when it cannot say.
    private static int? Announced(Stream content, long maxBytes)
    {
        if (!content.CanSeek)
            return 0;
        var left = Math.Max(0, content.Length - content.Position);
        return left > maxBytes ? null : (int)left;
    }

    // A memory stream at its start over the whole of an array it exposes: that array, without a copy.
    private static byte[]? Exposed(Stream content)
    {
        if (content is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var buffer)
            && buffer.Array is { } array && buffer.Offset == 0 && buffer.Count == array.Length)
        {
            memory.Position = memory.Length;
            return array;
        }
        return null;
    }

    /// <summary>The bytes read so far: the first array, then pooled chunks for whatever followed it.</summary>
    private sealed class Chunks(byte[] first) : IDisposable
    {
        private const int ChunkBytes = 81920;
        private readonly List<byte[]> chunks = [];
        private int lastFilled;
        private long length = first.Length;

        /// <summary>Where the next read goes: the rest of the current chunk, or a new one.</summary>
        public Memory<byte> Free
        {
            get
            {
                if (chunks.Count == 0 || lastFilled == chunks[^1].Length)
                {
                    chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkBytes));
                    lastFilled = 0;
                }
                return chunks[^1].AsMemory(lastFilled);
            }
        }

        /// <summary>Counts a read into <see cref="Free"/>; false once the total passes the limit.</summary>
        public bool Advance(int read, long maxBytes)
        {
            length += read;
            lastFilled += read;
            return length <= maxBytes;
        }

        public byte[] ToArray()
        {
            if (length == first.Length)
                return first;
            var bytes = new byte[length];
            first.CopyTo(bytes, 0);
            var at = first.Length;
            for (var i = 0; i < chunks.Count; i++)
            {
                var used = i == chunks.Count - 1 ? lastFilled : chunks[i].Length;
                chunks[i].AsSpan(0, used).CopyTo(bytes.AsSpan(at));
                at += used;
            }
            return bytes;
        }

        public void Dispose()
        {
            foreach (var chunk in chunks)
                ArrayPool<byte>.Shared.Return(chunk);
            chunks.Clear();
        }
    }
}
