namespace Bulletin.Intake.Extraction;

/// <summary>Reads a whole stream into memory, giving up as soon as it passes a limit.</summary>
internal static class BoundedStream
{
    public static byte[]? ReadAll(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
