using Bulletin.Directory;
using Bulletin.Issues.Markings;
using Bulletin.Issues.Publications;

namespace Bulletin.Issues;

/// <summary>What <c>POST /api/issues</c> asks for; fields left null take the series' defaults.</summary>
public sealed record IssueRequest(string? Series, DateOnly Date, IReadOnlyList<DraftArticle> Articles, string? SeriesHeadline, int? SeriesPart,
    string? SentUpTo, string? IssuedTo, IReadOnlyList<string>? Editors, string? Editor)
{
    /// <summary>The print markings asked for over the series' defaults.</summary>
    public MarkingsChange Markings { get; init; } = MarkingsChange.Keep;

    /// <summary>The 编者按 before the first article.</summary>
    public string? EditorsNote { get; init; }
}

/// <summary>Issues asked for by scripts (the editorial API): the series' lines and 责任编辑 filled in where the request left
/// them out, and the act audited in the named editor's name (an editor in the directory) or the operator's.</summary>
public sealed class IssueRequests(IssueDesk desk, SeriesCatalog catalog, DirectoryQuery directory)
{
    public const string OperatorActor = "operator";

    public async Task<IssueDraftResult> CreateAsync(IssueRequest request, CancellationToken cancellationToken)
    {
        if (await ActorAsync(request.Editor, cancellationToken) is not { } actor)
            return new IssueDraftResult(null, $"“{request.Editor}”不是通讯录中的编辑：editor 请填编辑的邮箱，或省略。");
        if (await catalog.FindAsync(request.Series, cancellationToken) is not { } series)
            return new IssueDraftResult(null, $"刊物“{request.Series}”不存在：先用 PUT /api/series/{request.Series} 新建它，或省略 series 用默认刊物。");
        if (MarkingsProblem(request, series) is { } markingsProblem)
            return new IssueDraftResult(null, markingsProblem);
        // 责任编辑 left out: the series' own, else the editor acting, else the directory's editors (an office prints its editors).
        var editors = request.Editors is { Count: > 0 } named ? named : series.Editors.Count > 0 ? series.Editors
            : actor.Email != OperatorActor ? [actor.Name] : await DirectoryEditorsAsync(cancellationToken);
        if (editors.Count == 0)
            return new IssueDraftResult(null, $"刊物“{series.Id}”没有默认责任编辑，通讯录中也没有编辑：请填写 editors（如 [\"郝婕\", \"李德昭\"]），或用 PUT /api/series/{series.Id} 设定 editors。");
        // A part left out continues the last issue with the same headline, as 新建一期 does.
        var headline = string.IsNullOrWhiteSpace(request.SeriesHeadline) ? null
            : new SeriesHeadline(request.SeriesHeadline.Trim(), request.SeriesPart ?? SeriesHeadline.NextPart);
        var draft = new IssueDraft([], headline, request.SentUpTo ?? series.SentUpTo, request.IssuedTo ?? series.IssuedTo, request.Date, actor.Name)
        {
            SeriesId = series.Id, Articles = request.Articles, Editors = editors, Markings = request.Markings, EditorsNote = request.EditorsNote,
        };
        return await desk.CreateDraftAsync(draft, actor.Email, cancellationToken);
    }

    private static string? MarkingsProblem(IssueRequest request, IssueSeries series) =>
        request.Markings.Problem() ?? MarkingsChange.Conflict(request.Markings.ApplyTo(series.Markings), request.Markings)
        ?? EditorsNote.Problem(EditorsNote.Clean(request.EditorsNote))
        ?? request.Articles.Select(a => EditorsNote.Problem(EditorsNote.Clean(a.EditorsNote))).FirstOrDefault(p => p is not null);

    private async Task<IReadOnlyList<string>> DirectoryEditorsAsync(CancellationToken cancellationToken) =>
        [.. (await directory.ListAsync(null, DirectoryRole.Editor, null, cancellationToken)).People.Select(p => p.Name).Distinct()];

    /// <summary>The editor named (null when named but unknown or no editor), else the operator.</summary>
    public async Task<(string Email, string Name)?> ActorAsync(string? editor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(editor))
            return (OperatorActor, OperatorActor);
        return await directory.FindByEmailAsync(editor.Trim(), cancellationToken) is { } person && person.Roles.Contains(DirectoryRole.Editor)
            ? (person.Email, person.Name) : null;
    }
}
