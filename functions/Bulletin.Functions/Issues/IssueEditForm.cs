using System.Globalization;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues;

/// <summary>The fields of 修改草稿: the fields of <see cref="IssueForm"/>, the 责任编辑 and the ETag of the draft the form was made from.</summary>
internal sealed record IssueEditForm(IssueForm Fields, string ETag)
{
    public string Editors => Fields.Editors;

    public static IssueEditForm Of(AssembledIssue issue, string etag) => new(
        new IssueForm(issue.Articles.Select(a => a.SubmissionId).ToList(), issue.Series?.Text ?? "", issue.Series?.Part ?? 1, issue.SentUpTo, issue.IssuedTo, issue.Date,
            string.Join(' ', issue.Editors)), etag);

    public static IssueEditForm Read(IFormCollection posted, DateOnly fallbackDate) =>
        new(IssueForm.Read(posted, fallbackDate), posted["etag"].ToString());

    public IssueEdit ToEdit() => new(Fields.Chosen, Fields.Date, Fields.Series.Length == 0 ? null : new SeriesHeadline(Fields.Series, Fields.Part ?? 1),
        Fields.SentTo, Fields.IssuedTo, IssueForm.Names(Editors), ETag);

    public string DateValue => Fields.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
