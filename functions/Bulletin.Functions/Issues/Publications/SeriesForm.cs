using System.Globalization;
using Bulletin.Functions.Issues.Markings;
using Bulletin.Issues.Publications;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues.Publications;

/// <summary>The fields of the series form as typed; numbers left empty keep the numbering as it is.</summary>
internal sealed record SeriesForm(string Id, string Name, string Kind, string Masthead, string Office, bool PrintsTotal, string SentUpTo,
    string IssuedTo, string Editors, string Signers, string NextYear, string NextNumber, string NextTotal, bool IsNew, string? Problem = null)
{
    /// <summary>The default print markings as typed.</summary>
    public MarkingsFields Markings { get; init; } = MarkingsFields.Empty;

    private static readonly char[] Separators = [' ', '\u3000', '、', ',', '，', ';', '；'];

    public static SeriesForm Of(IssueSeries? s) => s is null
        ? new("", "", "正刊", "", "", true, "", "", "", "", "", "", "", IsNew: true)
        : new(s.Id, s.Name, s.Kind, s.Masthead, s.Office, s.PrintsTotal, s.SentUpTo, s.IssuedTo, string.Join(" ", s.Editors), string.Join("、", s.Signers),
            "", "", "", IsNew: false) { Markings = MarkingsFields.Of(s.Markings) };

    public static SeriesForm Read(IFormCollection f)
    {
        string Field(string name) => f[name].ToString().Trim();
        var form = new SeriesForm(Field("id"), Field("name"), Field("kind"), Field("masthead"), Field("office"), f["printsTotal"].Count > 0,
            Field("sentUpTo"), Field("issuedTo"), Field("editors"), Field("signers"), Field("nextYear"), Field("nextNumber"), Field("nextTotal"), Field("isNew") == "1")
        {
            Markings = MarkingsFields.Read(f),
        };
        var numbersOk = (form.NextNumber.Length == 0 || (Int(form.NextNumber) is not null && Int(form.NextYear) is not null)) && (form.NextTotal.Length == 0 || Int(form.NextTotal) is not null);
        return numbersOk ? form with { Problem = form.Markings.Problem } : form with { Problem = "下一期的年份、期号和总期号须是数字；设定期号时须同时填写年份。" };
    }

    public SeriesChange ToChange() => new(Name, Kind, Masthead, Office, PrintsTotal, SentUpTo, IssuedTo, List(Editors), List(Signers),
        Int(NextNumber) is { } number ? new NextNumber(Int(NextYear)!.Value, number) : null, Int(NextTotal)) { Markings = Markings.ToChange() };

    private static IReadOnlyList<string> List(string text) => text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int? Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
