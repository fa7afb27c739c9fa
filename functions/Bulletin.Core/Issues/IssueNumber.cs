namespace Bulletin.Issues;

/// <summary>A number given to one issue: 第 <paramref name="Number"/> 期 of <paramref name="Year"/>, 总第 <paramref name="TotalNumber"/> 期.</summary>
public sealed record IssueNumber(int Year, int Number, int TotalNumber);
