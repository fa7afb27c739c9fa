namespace Bulletin.Directory.Import;

/// <summary>Collects every error of a file; hands back the first <see cref="Cap"/> in row order and a note of how many more.</summary>
internal sealed class DirectoryErrorList
{
    public const int Cap = 100;
    private readonly List<DirectoryRowError> _errors = [];

    public int Count => _errors.Count;

    public void Add(int row, string? column, string message) => _errors.Add(new DirectoryRowError(row, column, message));

    /// <summary>“第 7 行「邮箱」列：” followed by what is wrong and what to write instead.</summary>
    public void AddCell(int row, string column, string problem) => Add(row, column, $"第 {row} 行「{column}」列：{problem}");

    public IReadOnlyList<DirectoryRowError> ToList()
    {
        var ordered = _errors.OrderBy(error => error.Row).ToList(); // stable: errors of one row keep their column order
        if (ordered.Count <= Cap)
            return ordered;
        var shown = ordered.Take(Cap).ToList();
        shown.Add(new DirectoryRowError(0, null, $"另有 {ordered.Count - Cap} 处错误未列出（共 {ordered.Count} 处）。请先改正以上错误，再重新导入查看其余的。"));
        return shown;
    }
}
