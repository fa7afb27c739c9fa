using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

public class DirectoryRowErrorTests
{
    private const string Good = "新安路街道,街道办事处,陈静,xinanlu.xinxi@example.org,信息员,";

    private static Bulletin.Directory.DirectoryRowError SingleError(params string[] lines)
    {
        var result = ReadCsv(lines);
        Assert.Null(result.Snapshot);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Unknown_role_names_the_cell_and_lists_the_allowed_roles()
    {
        var error = SingleError(Header, Good, "新安路街道,,孙德明,xinanlu.fuze@example.org,负责同志、通讯员,");

        Assert.Equal((3, "角色"), (error.Row, error.Column));
        Assert.Equal("第 3 行「角色」列：“通讯员” 不是可用的角色。角色只能是 信息员、负责同志、编辑、领导、签发人，多个角色之间用顿号“、”分隔。", error.Message);
    }

    [Fact]
    public void Malformed_email_says_how_to_write_an_address()
    {
        var error = SingleError(Header, Good, "新安路街道,,孙德明,zhang@,负责同志,");

        Assert.Equal("第 3 行「邮箱」列：“zhang@” 不是有效的邮箱地址，请写成 name@example.org 的形式。", error.Message);
    }

    [Theory]
    [InlineData("zhang@example", "“zhang@example” 不是有效的邮箱地址")]
    [InlineData("zhang@@example.org", "“zhang@@example.org” 不是有效的邮箱地址")]
    [InlineData("张三 <zhang@example.org>", "“张三 <zhang@example.org>” 中间有空格")]
    [InlineData("zhang＠example．org", "“zhang＠example．org” 里有全角字符（如 ＠ 或 ．），请改用半角字符，写成 “zhang@example.org”。")]
    public void Other_malformed_emails_are_refused_with_a_hint(string email, string expected)
    {
        var error = SingleError(Header, $"新安路街道,街道办事处,孙德明,{email},负责同志,");

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Same_email_in_two_units_names_both_rows_and_units()
    {
        var error = SingleError(Header, Good, "峡窝镇,镇,陈静,XinAnLu.Xinxi@example.org,信息员,");

        Assert.Equal((3, "邮箱"), (error.Row, error.Column));
        Assert.Equal("第 3 行「邮箱」列：“xinanlu.xinxi@example.org” 已在第 2 行登记为 “新安路街道” 的人员，这里又登记在 “峡窝镇”。一个邮箱只能属于一个单位，请删除其中一行或改正邮箱。", error.Message);
    }

    [Fact]
    public void Same_email_twice_in_one_unit_is_a_duplicate_row_not_a_merge()
    {
        var error = SingleError(Header, Good, "新安路街道,,陈静,xinanlu.xinxi@example.org,编辑,");

        Assert.Equal("第 3 行「邮箱」列：“xinanlu.xinxi@example.org” 与第 2 行重复，同一人员只能登记一行。若此人有多个角色或分组，请都写在第 2 行（用顿号“、”分隔），并删除这一行。", error.Message);
    }

    [Fact]
    public void Empty_unit_asks_for_the_unit_name()
    {
        var error = SingleError(Header, Good, "　,,孙德明,xinanlu.fuze@example.org,负责同志,");

        Assert.Equal((3, "单位"), (error.Row, error.Column));
        Assert.Equal("第 3 行「单位」列：单位是空的。请填写该人员所在单位的全称，例如 “新安路街道”。", error.Message);
    }

    [Theory]
    [InlineData("区县处级领导,区直单位领导", "“,”")]
    [InlineData("区县处级领导；区直单位领导", "“；”")]
    [InlineData("区县处级领导/区直单位领导", "“/”")]
    [InlineData("区县处级领导 区直单位领导", "空格")]
    public void Groups_separated_by_anything_but_the_enumeration_comma_are_refused(string groups, string separator)
    {
        var error = SingleError(Header, Good, $"区委办公室,区直单位,高建平,gao.jianping@example.org,领导,\"{groups}\"");

        Assert.Equal((3, "分组"), (error.Row, error.Column));
        Assert.Equal($"第 3 行「分组」列：分组 “{groups}” 里有{separator}。分组名称里不能有标点或空格，属于多个分组时，分组之间请用顿号“、”分隔，例如 “区县处级领导、区直单位领导”。", error.Message);
    }

    [Fact]
    public void Missing_column_is_named_with_the_expected_header()
    {
        var result = ReadCsv("单位,类别,姓名,角色,分组", "新安路街道,街道办事处,陈静,信息员,");

        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "邮箱"), (error.Row, error.Column));
        Assert.Equal("第 1 行（表头）缺少「邮箱」列（英文表头写 email）。表头应为：单位,类别,姓名,邮箱,角色,分组（或 unit,category,name,email,roles,groups），列的顺序不限。", error.Message);
    }

    [Fact]
    public void Category_conflict_names_both_rows()
    {
        var error = SingleError(Header, Good, "新安路街道,镇,孙德明,xinanlu.fuze@example.org,负责同志,");

        Assert.Equal((3, "类别"), (error.Row, error.Column));
        Assert.Equal("第 3 行「类别」列：单位 “新安路街道” 的类别在第 2 行是 “街道办事处”，这里却是 “镇”。同一单位的类别必须一致，请把两行改成同一个类别（镇、街道办事处、区直单位 或其他）。", error.Message);
    }

    [Fact]
    public void Errors_use_the_header_text_as_the_file_writes_it()
    {
        var result = ReadCsv("Unit,Category,Name,E-Mail,Roles", "新安路街道,街道办事处,陈静,zhang@,信息员");

        var error = Assert.Single(result.Errors);
        Assert.Equal("E-Mail", error.Column);
        Assert.StartsWith("第 2 行「E-Mail」列：", error.Message);
    }

    [Fact]
    public void Every_error_of_the_file_is_reported_in_row_order()
    {
        var result = ReadCsv(Header,
            "新安路街道,街道办事处,陈静,bad,信息员,",
            ",,孙德明,xinanlu.fuze@example.org,负责同志,",
            "峡窝镇,镇,冯立军,xiawo.fuze@example.org,主任,");

        Assert.Equal([(2, "邮箱"), (3, "单位"), (4, "角色")], result.Errors.Select(e => (e.Row, e.Column)));
    }
}
