using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.UpperLevels;

/// <summary>The bulletin app in a host of its own for upper-level records: no other test scores 新安路街道 meanwhile.
/// An unanswered 批示 is reminded at the next run of the timer (0 days), which the admin API runs at once.</summary>
public sealed class UpperLevelsHostFixture : BulletinAppFixture
{
    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>
    {
        ["UpperLevels__ReminderAfterDays"] = "0",
    };
}

[CollectionDefinition(nameof(UpperLevelsHostCollection))]
public sealed class UpperLevelsHostCollection : ICollectionFixture<UpperLevelsHostFixture>;
