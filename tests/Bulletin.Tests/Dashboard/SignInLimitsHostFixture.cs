using Bulletin.Tests.Directory;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Dashboard;

/// <summary>The bulletin app with the sign-in limits as shipped (other test hosts raise them), and a directory of the demo's
/// people plus <see cref="ExtraEditors"/> editors (编辑) at <c>bianji{n}@example.org</c>, <see cref="Leaver"/> and <see cref="Flooded"/>.</summary>
public sealed class SignInLimitsHostFixture : BulletinAppFixture
{
    public const int ExtraEditors = 30;
    public const string Leaver = "likai@example.org";
    public const string Flooded = "wangfan@example.org";

    public static IEnumerable<string> ExtraRows =>
        Enumerable.Range(1, ExtraEditors).Select(n => $"区委办公室,,编辑{n},bianji{n}@example.org,编辑,").Append($"区委办公室,,李凯,{Leaver},编辑,").Append($"区委办公室,,王凡,{Flooded},编辑,");

    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>
    {
        // DashboardOptions' defaults, written out: the limits as shipped.
        ["Dashboard__SignInMailsPerAddress"] = "3", ["Dashboard__SignInRequestsPerClient"] = "20",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await this.ImportDemoWithAsync(ExtraRows);
    }
}

[CollectionDefinition(nameof(SignInLimitsCollection))]
public sealed class SignInLimitsCollection : ICollectionFixture<SignInLimitsHostFixture>;
