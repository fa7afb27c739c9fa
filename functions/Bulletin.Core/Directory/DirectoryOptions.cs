namespace Bulletin.Directory;

/// <summary>Directory settings (section <c>Directory</c>).</summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>Load the demo directory of 上街区 when the directory is empty. Local only: absent in Azure.</summary>
    public bool LoadDemoData { get; set; }
}
