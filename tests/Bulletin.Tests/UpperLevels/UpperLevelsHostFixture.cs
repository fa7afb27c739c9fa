using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.UpperLevels;

/// <summary>The bulletin app in a host of its own for upper-level records: no other test scores 新安路街道 meanwhile.
/// An unanswered 批示 is reminded at the next run of the timer (0 days), which the admin API runs at once; uploads must
/// name 审签人, 执笔人 and 联系电话 (mail is not checked, so the fixtures' mailed articles still register).</summary>
public sealed class UpperLevelsHostFixture : BulletinAppFixture
{
    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>
    {
        ["UpperLevels__ReminderAfterDays"] = "0",
        ["Intake__RequireSignatories"] = "true",
    };
}

[CollectionDefinition(nameof(UpperLevelsHostCollection))]
public sealed class UpperLevelsHostCollection : ICollectionFixture<UpperLevelsHostFixture>;
