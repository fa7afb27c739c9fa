namespace Bulletin.Directory.Import;

/// <summary>The demo directory of 上街区 (real units, fictional people at example.org), embedded in this assembly.</summary>
public static class DemoDirectory
{
    public const string FileName = "shangjie-directory.csv";
    private const string ResourceName = "Bulletin.Directory.DemoData." + FileName;

    /// <summary>The demo file's bytes (CSV, UTF-8 with BOM); read it with <see cref="DirectoryFileReader.Read"/>.</summary>
    public static Stream Open() =>
        typeof(DemoDirectory).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(DemoDirectory).Assembly.GetName().Name}.");

    /// <summary>The demo directory, read and validated.</summary>
    public static DirectoryFileResult Read()
    {
        using var stream = Open();
        return DirectoryFileReader.Read(stream, FileName, "text/csv");
    }
}
