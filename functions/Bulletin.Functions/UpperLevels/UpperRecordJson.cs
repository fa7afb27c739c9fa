using Bulletin.UpperLevels;

namespace Bulletin.Functions.UpperLevels;

/// <summary>Upper-level records as the API answers them (camelCase, the request's field names).</summary>
internal static class UpperRecordJson
{
    public static object Of(UpperRecord r) => r.Kind == UpperRecordKind.Adoption
        ? new
        {
            id = r.Id, kind = "adoption", submission = r.SubmissionId, unit = r.Unit, publication = r.Source, level = r.Level, issue = r.Issue,
            date = r.Date.ToString("yyyy-MM-dd"), recordedBy = r.RecordedBy, recordedAt = r.RecordedAt, mailedAt = r.MailedAt,
        }
        : new
        {
            id = r.Id, kind = "instruction", submission = r.SubmissionId, unit = r.Unit, leader = r.Source, level = r.Level,
            date = r.Date.ToString("yyyy-MM-dd"), text = r.Text, recordedBy = r.RecordedBy, recordedAt = r.RecordedAt, mailedAt = r.MailedAt,
            open = r.IsOpen, answer = r.Answer, answeredAt = r.AnsweredAt, remindedAt = r.RemindedAt,
        };
}

/// <summary>The body of <c>POST /api/submissions/{id}/adoptions</c> and <c>/instructions</c> (and their corrections).</summary>
internal sealed record UpperRecordRequest(string? Publication, string? Leader, string? Level, string? Issue, string? Date, string? Text, string? Editor)
{
    public string? Source(UpperRecordKind kind) => kind == UpperRecordKind.Adoption ? Publication : Leader;
}
