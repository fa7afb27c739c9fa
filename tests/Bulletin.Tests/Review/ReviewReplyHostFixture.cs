using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Review;

/// <summary>The bulletin app in a host of its own, for decisions by reply and reminders. Reminders come after 0
/// working days here, so whatever waits is due at once and the admin API's run of the timer mails it.</summary>
public sealed class ReviewReplyHostFixture : BulletinAppFixture
{
    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>
    {
        ["Review__ReminderAfterWorkingDays"] = "0",
    };
}

[CollectionDefinition(nameof(ReviewReplyHostCollection))]
public sealed class ReviewReplyHostCollection : ICollectionFixture<ReviewReplyHostFixture>;
