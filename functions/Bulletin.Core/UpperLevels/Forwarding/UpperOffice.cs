namespace Bulletin.UpperLevels.Forwarding;

/// <summary>An upper-level office items are forwarded to (上报): its name, level (市, 省, 国家) and mail address.</summary>
public sealed record UpperOffice(string Name, string Level, string Address)
{
    /// <summary>Reads <c>name=level=address</c> entries separated by <c>;</c> (the setting <c>UpperLevels:Offices</c>).</summary>
    public static bool TryParse(string? text, out IReadOnlyList<UpperOffice> offices, out string? error)
    {
        var found = new List<UpperOffice>();
        offices = found;
        error = null;
        foreach (var part in (text ?? "").Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = part.Split('=', StringSplitOptions.TrimEntries);
            if (fields is not [{ Length: > 0 } name, "市" or "省" or "国家", var address] || !address.Contains('@'))
            {
                error = $"“{part}”应写成“单位=级别=邮箱”，级别为市、省或国家 / '{part}' must read office=level=address";
                return false;
            }
            found.Add(new UpperOffice(name, fields[1], address));
        }
        return true;
    }
}
