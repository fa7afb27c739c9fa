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

    /// <summary>The issue's dashboard page, or one of its actions (<c>/edit</c>, <c>/preview</c>, <c>/delivery</c>); an issue
    /// outside the default series names its series in the query, so the default series' addresses stay as they were.</summary>
    public static string Path(AssembledIssue issue, string action = "") => $"/api/dashboard/issues/{issue.Year}/{issue.Number}{action}" +
        (issue.SeriesId == IssueSeries.DefaultId ? "" : $"?series={Uri.EscapeDataString(issue.SeriesId)}");
}
