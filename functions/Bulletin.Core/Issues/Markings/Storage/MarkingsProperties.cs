using Azure.Data.Tables;

namespace Bulletin.Issues.Markings.Storage;

/// <summary>Print markings as properties of a series or issue row; a row written before markings existed reads as none.</summary>
internal static class MarkingsProperties
{
    /// <summary>The properties <see cref="Write"/> sets, for a query that selects columns.</summary>
    public static readonly string[] Columns = ["Classification", "SecrecyPeriod", "InternalOnly", "Copies", "CopyNumber"];

    public static void Write(TableEntity entity, PrintMarkings markings)
    {
        entity["Classification"] = markings.Classification;
        entity["SecrecyPeriod"] = markings.SecrecyPeriod;
        entity["InternalOnly"] = markings.InternalOnly;
        entity["Copies"] = markings.Copies;
        entity["CopyNumber"] = markings.CopyNumber;
    }

    public static PrintMarkings Read(TableEntity entity) => new(entity.GetString("Classification"), entity.GetString("SecrecyPeriod"),
        entity.GetBoolean("InternalOnly") ?? false, entity.GetInt32("Copies"), entity.GetInt32("CopyNumber"));
}
