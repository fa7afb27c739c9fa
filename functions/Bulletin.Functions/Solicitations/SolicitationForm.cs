using Bulletin.Solicitations;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Solicitations;

/// <summary>The fields of 新建约稿 as posted (kept as typed, so a refused form comes back filled in); <paramref name="CreationKey"/>
/// is the hidden key a clean check gives the form, so sending it twice creates one solicitation.</summary>
internal sealed record SolicitationForm(string Topic, string Text, string Addressed, string Deadline, string CreationKey = "")
{
    /// <summary>An empty form whose deadline proposes a week from now at 18:00 China time.</summary>
    public static SolicitationForm Empty(DateTimeOffset now) =>
        new("", "", "", $"{TimeZoneInfo.ConvertTime(now, Bulletin.ChinaTime.Zone).Date.AddDays(7):yyyy-MM-dd}T18:00");

    public static SolicitationForm Read(IFormCollection posted) =>
        new(posted["topic"].ToString(), posted["text"].ToString(), posted["units"].ToString(), posted["deadline"].ToString(), posted["creation"].ToString());

    public SolicitationDraft ToDraft(string editor) => new(Topic, Text, Addressed, Deadline, editor);
}
