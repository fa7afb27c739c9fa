using Bulletin.Issues.Markings;
using Bulletin.Issues.Publications.Storage;
using Bulletin.Issues.Storage;
using Microsoft.Extensions.Options;

namespace Bulletin.Issues.Publications;

/// <summary>The office's series: the default one (the <c>Bulletin</c> settings until an editor saves it) and those editors
/// added; creating, changing and continuing a series' numbering, each change audited.</summary>
public sealed class SeriesCatalog(SeriesStore store, IssueNumberAllocator numbers, IOptions<BulletinOptions> settings)
{
    public const int MaxTextLength = 500;

    /// <summary>Every series, the default first, then by id.</summary>
    public async Task<IReadOnlyList<IssueSeries>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = (await store.ListAsync(cancellationToken)).Select(s => s.Series).ToList();
        var all = stored.Any(s => s.Id == IssueSeries.DefaultId) ? stored : [IssueSeries.FromSettings(settings.Value), .. stored];
        return all.OrderBy(s => s.Id != IssueSeries.DefaultId).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<IssueSeries?> FindAsync(string? id, CancellationToken cancellationToken)
    {
        id = string.IsNullOrWhiteSpace(id) ? IssueSeries.DefaultId : id.Trim();
        if (await store.FindAsync(id, cancellationToken) is { } found)
            return found.Series;
        return id == IssueSeries.DefaultId ? IssueSeries.FromSettings(settings.Value) : null;
    }

    /// <summary>Creates or changes series <paramref name="id"/> and continues its numbering as asked, audited in
    /// <paramref name="actor"/>'s name. A number below one already used is refused and nothing changes.</summary>
    public async Task<SeriesChangeResult> ChangeAsync(string id, SeriesChange change, string actor, CancellationToken cancellationToken)
    {
        if (!IssueSeries.IsValidId(id))
            return new(SeriesChangeOutcome.Invalid, null, $"刊物标识“{id}”无效：请用 1–40 个小写英文字母、数字或连字符，如 zhuanbao。");
        var stored = await store.FindAsync(id, cancellationToken);
        var current = stored?.Series ?? (id == IssueSeries.DefaultId ? IssueSeries.FromSettings(settings.Value) : null);
        if (current is null && string.IsNullOrWhiteSpace(change.Name))
            return new(SeriesChangeOutcome.Invalid, null, "新建刊物需要名称（name），如“信息专报”。");
        var blank = new IssueSeries(id, "", "正刊", "", settings.Value.Office, true, settings.Value.DefaultSentTo, settings.Value.DefaultIssuedTo, [], []);
        var changed = change.ApplyTo(current ?? blank);
        if (Validate(changed, change) is { } problem)
            return new(SeriesChangeOutcome.Invalid, null, problem);
        var wantsNumbers = change.NextNumber is not null || change.NextTotal is not null;
        if (wantsNumbers)
        {
            var year = change.NextNumber?.Year ?? DateTime.UtcNow.Year;
            var last = await numbers.LastAsync(id, year, cancellationToken);
            if (Refusal(change, last) is { } refusal)
                return new(SeriesChangeOutcome.NumberAlreadyUsed, current, refusal);
        }
        if (changed != current && !await store.TrySaveAsync(changed, stored?.ETag, cancellationToken))
            return new(SeriesChangeOutcome.ChangedMeanwhile, current, "刊物刚被他人修改，您的修改未保存。请重新读取后再试。");
        if (wantsNumbers)
        {
            var year = change.NextNumber?.Year ?? DateTime.UtcNow.Year;
            if (await numbers.ContinueAsync(id, year, change.NextNumber?.Number, change.NextTotal, cancellationToken) is null)
                return new(SeriesChangeOutcome.NumberAlreadyUsed, changed, Refusal(change, await numbers.LastAsync(id, year, cancellationToken)));
        }
        await store.AppendAuditAsync(id, actor, Describe(current, changed, change), cancellationToken);
        return new(current is null ? SeriesChangeOutcome.Created : SeriesChangeOutcome.Updated, changed);
    }

    private static string? Validate(IssueSeries series, SeriesChange change)
    {
        if (new[] { series.Name, series.Kind, series.Masthead, series.Office, series.SentUpTo, series.IssuedTo }.Any(t => t.Length > MaxTextLength))
            return $"刊物的各项文字不能超过 {MaxTextLength} 个字。";
        if (series.Signers.FirstOrDefault(s => !s.Contains('@')) is { } notMail)
            return $"签发人“{notMail}”不是邮箱地址：签发人（signers）请填邮箱。";
        if (change.NextNumber is { } next && (next.Year is < 1900 or > 2999 || next.Number < 1))
            return "nextNumber 需要年份（year）和不小于 1 的期号（number），如 { \"year\": 2020, \"number\": 20 }。";
        if (change.NextTotal is < 1)
            return "nextTotal 须不小于 1。";
        return change.Markings.Problem() ?? MarkingsChange.Conflict(series.Markings, change.Markings);
    }

    private static string? Refusal(SeriesChange change, NumberingState last)
    {
        if (change.NextNumber is { } next && next.Number <= last.Year)
            return $"{next.Year}年已用到第{last.Year}期，下一期不能小于第{last.Year + 1}期。";
        if (change.NextTotal is { } total && total <= last.Total)
            return $"已用到总第{last.Total}期，下一期不能小于总第{last.Total + 1}期。";
        return null;
    }

    private static string Describe(IssueSeries? before, IssueSeries after, SeriesChange change)
    {
        var parts = new List<string> { before is null ? $"新建刊物 {after.Id}《{after.Name}》（{after.Kind}）" : $"修改刊物 {after.Id}《{after.Name}》" };
        if (before is not null && before != after)
            parts.Add(string.Join("，", new (string Label, string Old, string New)[]
            {
                ("名称", before.Name, after.Name), ("类别", before.Kind, after.Kind), ("报头", before.Masthead, after.Masthead),
                ("编印单位", before.Office, after.Office), ("本期送", before.SentUpTo, after.SentUpTo), ("发", before.IssuedTo, after.IssuedTo),
                ("责任编辑", string.Join(" ", before.Editors), string.Join(" ", after.Editors)),
                ("签发人", string.Join("、", before.Signers), string.Join("、", after.Signers)),
                ("印总第", before.PrintsTotal.ToString(), after.PrintsTotal.ToString()),
                ("标注", MarkingsText.Describe(before.Markings), MarkingsText.Describe(after.Markings)),
            }.Where(c => c.Old != c.New).Select(c => $"{c.Label}：{c.Old} → {c.New}")));
        if (change.NextNumber is { } next)
            parts.Add($"{next.Year}年下一期为第{next.Number}期");
        if (change.NextTotal is { } total)
            parts.Add($"下一期为总第{total}期");
        return string.Join("；", parts.Where(p => p.Length > 0));
    }
}
