using Bulletin.Issues.Markings;
using Bulletin.Issues.Publications;

namespace Bulletin.Functions.Issues.Publications;

/// <summary>A series as the API shows it and the body of <c>PUT /api/series/{id}</c>.</summary>
internal static class SeriesJson
{
    public static object Of(IssueSeries s) => new
    {
        id = s.Id, name = s.Name, kind = s.Kind, masthead = s.Masthead, office = s.Office, printsTotal = s.PrintsTotal,
        sentUpTo = s.SentUpTo, issuedTo = s.IssuedTo, editors = s.Editors, signers = s.Signers,
        classification = s.Markings.Classification, secrecyPeriod = s.Markings.SecrecyPeriod, internalOnly = s.Markings.InternalOnly, copies = s.Markings.Copies,
    };

    public sealed record Body(string? Name, string? Kind, string? Masthead, string? Office, bool? PrintsTotal, string? SentUpTo, string? IssuedTo,
        IReadOnlyList<string>? Editors, IReadOnlyList<string>? Signers, NextNumber? NextNumber, int? NextTotal, string? Editor,
        string? Classification, string? SecrecyPeriod, bool? InternalOnly, int? Copies)
    {
        public SeriesChange ToChange() => new(Name, Kind, Masthead, Office, PrintsTotal, SentUpTo, IssuedTo, Editors, Signers, NextNumber, NextTotal)
        {
            Markings = new MarkingsChange(Classification, SecrecyPeriod, InternalOnly, Copies),
        };
    }
}
