using Bulletin.Directory;
using static Bulletin.Tests.Directory.Import.DirectoryFiles;

namespace Bulletin.Tests.Directory.Import;

/// <summary>The rules decided for rows beyond the plain errors: what is accepted and how it is read.</summary>
public class DirectoryRowRuleTests
{
    [Fact]
    public void A_row_with_only_unit_and_category_declares_a_unit_without_people()
    {
        var result = ReadCsv(Header, "区财政局,区直单位,,,,", "新安路街道,街道办事处,陈静,chenjing@example.org,信息员,");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(["区财政局", "新安路街道"], result.Snapshot!.Units.Select(u => u.Name));
        Assert.Single(result.Snapshot.People);
    }

    [Fact]
    public void A_unit_without_a_category_on_any_row_is_an_error_on_its_first_row()
    {
        var result = ReadCsv(Header, "新安路街道,,陈静,chenjing@example.org,信息员,", "新安路街道,,孙德明,sundm@example.org,负责同志,");

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "类别"), (error.Row, error.Column));
        Assert.StartsWith("第 2 行「类别」列：单位 “新安路街道” 在所有行里都没有填写类别。", error.Message);
    }

    [Fact]
    public void Roles_may_be_separated_by_other_punctuation_and_repeat()
    {
        var result = ReadCsv(Header, "区委办公室,区直单位,宋文华,song@example.org,\"编辑，签发人, 编辑；领导 信息员/负责同志\",");

        Assert.True(result.Succeeded, result.Messages());
        Assert.Equal(Enum.GetValues<DirectoryRole>(), result.Snapshot!.People[0].Roles);
    }

    [Fact]
    public void A_person_in_a_group_needs_no_role_but_a_person_with_neither_is_an_error()
    {
        var result = ReadCsv(Header,
            "区委办公室,区直单位,高建平,gao@example.org,,区县处级领导、、",
            "区委办公室,,石红梅,shi@example.org,,");

        Assert.Equal("第 3 行「角色」列：“石红梅” 没有填写角色。请填写 信息员、负责同志、编辑、领导、签发人 中的一个或几个（用顿号“、”分隔）；只属于某个分组的人员请在「分组」列写上分组。", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Name_and_email_are_required_together()
    {
        var result = ReadCsv(Header,
            "新安路街道,街道办事处,陈静,,信息员,",
            "新安路街道,,,sundm@example.org,负责同志,",
            "新安路街道,,,,负责同志,");

        Assert.Equal([
            "第 2 行「邮箱」列：“陈静” 没有填写邮箱，请补上，写成 name@example.org 的形式。",
            "第 3 行「姓名」列：有邮箱 “sundm@example.org” 却没有姓名，请补上该人员的姓名。",
            "第 4 行「姓名」列：这一行填写了角色或分组，却没有姓名和邮箱。请补上该人员的姓名和邮箱；若这一行只用来登记单位，请清空「角色」和「分组」。",
        ], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public void Whitespace_is_trimmed_and_padding_between_Chinese_characters_is_dropped()
    {
        var result = ReadCsv(Header, "\u3000新安路 街道 , 街道办事处\u3000,\u3000王\u3000\u3000刚 , Wang.Gang@Example.ORG ,\u3000信息员 , ");

        Assert.True(result.Succeeded, result.Messages());
        var person = result.Snapshot!.People[0];
        Assert.Equal(("王刚", "wang.gang@example.org", "新安路街道"), (person.Name, person.Email, person.Unit));
        Assert.Equal(new DirectoryUnit("新安路街道", "街道办事处"), result.Snapshot.Units[0]);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_row_numbers_still_count_them()
    {
        var result = ReadCsv(Header, "", ",,,,,", "  ,\u3000,,,,", "新安路街道,街道办事处,陈静,bad,信息员,");

        Assert.Equal(5, Assert.Single(result.Errors).Row);
    }

    [Fact]
    public void Extra_columns_are_ignored()
    {
        var result = ReadCsv("序号," + Header + ",电话,备注", "1,新安路街道,街道办事处,陈静,chenjing@example.org,信息员,,0371-1,随便写");

        Assert.True(result.Succeeded, result.Messages());
    }

    [Fact]
    public void A_column_given_twice_in_the_header_is_an_error()
    {
        var result = ReadCsv(Header + ",Email", "新安路街道,街道办事处,陈静,chenjing@example.org,信息员,,x@example.org");

        Assert.Equal("第 1 行（表头）：「Email」列出现了两次（第 D 列和第 G 列），请删除或改名其中一列。", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_group_named_like_a_unit_is_an_error()
    {
        var result = ReadCsv(Header, "区委办公室,区直单位,高建平,gao@example.org,领导,区委办公室");

        Assert.StartsWith("第 2 行「分组」列：分组 “区委办公室” 与单位同名", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_file_with_a_header_and_no_people_is_an_error()
    {
        var result = ReadCsv(Header, "区财政局,区直单位,,,,");

        Assert.StartsWith("文件里没有任何人员", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Errors_beyond_one_hundred_are_counted_in_a_final_note()
    {
        var lines = new[] { Header }.Concat(Enumerable.Range(1, 150).Select(i => $"新安路街道,街道办事处,人员{i},bad{i},信息员,")).ToArray();

        var result = ReadCsv(lines);

        Assert.Equal(101, result.Errors.Count);
        Assert.Equal(101, result.Errors[99].Row);
        Assert.Equal((0, null, "另有 50 处错误未列出（共 150 处）。请先改正以上错误，再重新导入查看其余的。"), (result.Errors[100].Row, result.Errors[100].Column, result.Errors[100].Message));
    }
}
