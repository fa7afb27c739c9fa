namespace Bulletin.Directory.Import;

/// <summary>Gathers checked rows into a snapshot and applies the rules across rows: one category per unit,
/// every unit has a category, an e-mail address appears once, no group is named like a unit.</summary>
internal sealed class DirectorySnapshotBuilder(DirectoryHeader header, DirectoryErrorList errors)
{
    private sealed class UnitEntry(int firstRow)
    {
        public int FirstRow { get; } = firstRow;
        public string Category { get; set; } = "";
        public int CategoryRow { get; set; }
    }

    private readonly Dictionary<string, UnitEntry> _units = new(StringComparer.Ordinal);
    private readonly List<string> _unitOrder = [];
    private readonly Dictionary<string, (int Row, DirectoryPerson Person)> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _groupFirstRows = new(StringComparer.Ordinal);

    public void Add(DirectoryRow row)
    {
        if (!_units.TryGetValue(row.Unit, out var unit))
        {
            _units[row.Unit] = unit = new UnitEntry(row.Number);
            _unitOrder.Add(row.Unit);
        }
        if (row.Category.Length > 0 && unit.Category.Length == 0)
            (unit.Category, unit.CategoryRow) = (row.Category, row.Number);
        else if (row.Category.Length > 0 && row.Category != unit.Category)
            Error(row.Number, DirectoryColumn.Category,
                $"单位 “{row.Unit}” 的类别在第 {unit.CategoryRow} 行是 “{unit.Category}”，这里却是 “{row.Category}”。同一单位的类别必须一致，请把两行改成同一个类别（{DirectoryUnit.Town}、{DirectoryUnit.StreetOffice}、{DirectoryUnit.DistrictUnit} 或其他）。");
        if (row.Person is { } person)
            AddPerson(row.Number, person);
    }

    public DirectorySnapshot Build()
    {
        foreach (var name in _unitOrder.Where(name => _units[name].Category.Length == 0))
            Error(_units[name].FirstRow, DirectoryColumn.Category,
                $"单位 “{name}” 在所有行里都没有填写类别。请在「类别」列填写 {DirectoryUnit.Town}、{DirectoryUnit.StreetOffice}、{DirectoryUnit.DistrictUnit} 或其他类别（同一单位填一行即可）。");
        foreach (var (group, row) in _groupFirstRows.Where(pair => _units.ContainsKey(pair.Key)))
            Error(row, DirectoryColumn.Groups, $"分组 “{group}” 与单位同名，本期送/发名单里写 “{group}” 时将无法区分是单位还是分组。请给分组另取一个名称。");
        // Only worth saying when nothing else is wrong: rows with errors are people who failed, not a wrong file.
        if (_people.Count == 0 && errors.Count == 0)
            errors.Add(0, null, "文件里没有任何人员（既有姓名又有邮箱的行）。导入会用这个文件替换整个通讯录，请检查是否选错了文件或工作表。");
        var units = _unitOrder.Select(name => new DirectoryUnit(name, _units[name].Category)).ToList();
        var people = _people.Values.OrderBy(entry => entry.Row).Select(entry => entry.Person).ToList();
        return new DirectorySnapshot(units, people);
    }

    private void AddPerson(int rowNumber, DirectoryPerson person)
    {
        if (_people.TryGetValue(person.Email, out var earlier))
        {
            Error(rowNumber, DirectoryColumn.Email, earlier.Person.Unit == person.Unit
                ? $"“{person.Email}” 与第 {earlier.Row} 行重复，同一人员只能登记一行。若此人有多个角色或分组，请都写在第 {earlier.Row} 行（用顿号“、”分隔），并删除这一行。"
                : $"“{person.Email}” 已在第 {earlier.Row} 行登记为 “{earlier.Person.Unit}” 的人员，这里又登记在 “{person.Unit}”。一个邮箱只能属于一个单位，请删除其中一行或改正邮箱。");
            return;
        }
        _people[person.Email] = (rowNumber, person);
        foreach (var group in person.Groups)
            _groupFirstRows.TryAdd(group, rowNumber);
    }

    private void Error(int row, DirectoryColumn column, string problem) => errors.AddCell(row, header.Label(column), problem);
}
