using Azure;
using Azure.Data.Tables;

namespace Bulletin.Directory.Storage;

/// <summary>Which directory version is current (PartitionKey "state", RowKey "current"); an import
/// writes a whole new version, then moves this pointer under its ETag, so readers see all or nothing.</summary>
internal sealed class DirectoryStateEntity : ITableEntity
{
    public const string Partition = "state";
    public const string CurrentRow = "current";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = CurrentRow;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Version { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";
    public string FileName { get; set; } = "";
    public int Units { get; set; }
    public int People { get; set; }
    public int Groups { get; set; }
}

/// <summary>One unit of one version (PartitionKey "v{version}-units").</summary>
internal sealed class DirectoryUnitEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Name { get; set; } = "";
    public string Category { get; set; } = "";
}

/// <summary>A page of people of one version (PartitionKey "v{version}-people", RowKey the page number): people are
/// stored a page per entity so that a directory of thousands is written in a few batches and read in one query.</summary>
internal sealed class DirectoryPeoplePageEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>JSON array of <see cref="StoredPerson"/>; kept under a table property's 32K characters.</summary>
    public string People { get; set; } = "[]";
}

/// <summary>A person as stored in a page; roles by their Chinese names, as in the directory file.</summary>
internal sealed record StoredPerson(string Name, string Email, string Unit, string[] Roles, string[] Groups);
