using Bulletin.Issues;
using Bulletin.Issues.Publications;

namespace Bulletin.Functions.Issues;

/// <summary>How an issue's state reads on the dashboard.</summary>
internal static class IssueStateLabels
{
    public static string Label(IssueState state) => state switch
    {
        IssueState.Draft => "草稿",
        IssueState.SignedOff => "已签发",
        _ => "已发布",
    };

    /// <summary>The issue's dashboard page; an issue outside the default series names its series in the query.</summary>
    public static string Path(AssembledIssue issue) => $"/api/dashboard/issues/{issue.Year}/{issue.Number}" +
        (issue.SeriesId == IssueSeries.DefaultId ? "" : $"?series={Uri.EscapeDataString(issue.SeriesId)}");
}
