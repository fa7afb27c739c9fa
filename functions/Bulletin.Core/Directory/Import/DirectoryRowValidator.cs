namespace Bulletin.Directory.Import;

/// <summary>Checks the cells of one row on their own; rules across rows live in <see cref="DirectorySnapshotBuilder"/>.</summary>
internal static class DirectoryRowValidator
{
    /// <summary>The row's content, or null when it has no unit; every problem goes to <paramref name="errors"/>.</summary>
    public static DirectoryRow? Validate(SpreadsheetRow row, DirectoryHeader header, DirectoryErrorList errors)
    {
        var errorsBefore = errors.Count;
        var unit = CellText.Name(header.Cell(row, DirectoryColumn.Unit));
        var category = CellText.Name(header.Cell(row, DirectoryColumn.Category));
        var name = CellText.Name(header.Cell(row, DirectoryColumn.Name));
        var email = CellText.Trim(header.Cell(row, DirectoryColumn.Email));
        var rolesCell = CellText.Trim(header.Cell(row, DirectoryColumn.Roles));
        var groupsCell = CellText.Trim(header.Cell(row, DirectoryColumn.Groups));
        void Error(DirectoryColumn column, string problem) => errors.AddCell(row.Number, header.Label(column), problem);

        if (unit.Length == 0)
            Error(DirectoryColumn.Unit, "单位是空的。请填写该人员所在单位的全称，例如 “新安路街道”。");

        if (name.Length == 0 && email.Length == 0)
        {
            if (rolesCell.Length > 0 || groupsCell.Length > 0)
                Error(DirectoryColumn.Name, "这一行填写了角色或分组，却没有姓名和邮箱。请补上该人员的姓名和邮箱；若这一行只用来登记单位，请清空「角色」和「分组」。");
            return unit.Length == 0 ? null : new DirectoryRow(row.Number, unit, category, null);
        }
        if (name.Length == 0)
            Error(DirectoryColumn.Name, $"有邮箱 “{email}” 却没有姓名，请补上该人员的姓名。");
        if (email.Length == 0)
            Error(DirectoryColumn.Email, $"“{name}” 没有填写邮箱，请补上，写成 name@example.org 的形式。");
        else if (EmailAddressRule.Problem(email) is { } emailProblem)
            Error(DirectoryColumn.Email, emailProblem);

        var (roles, unknownRoles) = RoleCellParser.Parse(rolesCell);
        if (unknownRoles.Count > 0)
            Error(DirectoryColumn.Roles, $"{string.Concat(unknownRoles.Select(role => $"“{role}”"))} 不是可用的角色。角色只能是 {RoleCellParser.AllowedList}，多个角色之间用顿号“、”分隔。");
        var (groups, groupProblem) = GroupCellParser.Parse(groupsCell);
        if (groupProblem is not null)
            Error(DirectoryColumn.Groups, groupProblem);
        else if (roles.Count == 0 && unknownRoles.Count == 0 && groups!.Count == 0)
            Error(DirectoryColumn.Roles, $"“{name}” 没有填写角色。请填写 {RoleCellParser.AllowedList} 中的一个或几个（用顿号“、”分隔）；只属于某个分组的人员请在「分组」列写上分组。");

        if (unit.Length == 0)
            return null;
        var person = errors.Count == errorsBefore ? new DirectoryPerson(name, email.ToLowerInvariant(), unit, roles, groups!) : null;
        return new DirectoryRow(row.Number, unit, category, person);
    }
}
