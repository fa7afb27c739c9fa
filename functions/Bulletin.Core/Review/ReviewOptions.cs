using System.ComponentModel.DataAnnotations;

namespace Bulletin.Review;

/// <summary>Review by editors (section <c>Review</c>).</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How long the links in a review mail work; default 14 days.</summary>
    [Range(1, 365, ErrorMessage = "Setting 'Review:LinkLifetimeDays' must be a whole number of days from 1 to 365 (default 14).")]
    public int LinkLifetimeDays { get; set; } = 14;

    /// <summary>The domain SendGrid Inbound Parse receives mail for; review mails get Reply-To
    /// <c>review+&lt;reply id&gt;@</c> this domain. Empty: no decision by reply.</summary>
    [RegularExpression(@"^$|^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$",
        ErrorMessage = "Setting 'Review:ReplyDomain' must be a domain name such as parse.example.org (the Inbound Parse domain), or empty.")]
    public string? ReplyDomain { get; set; }

    /// <summary>Editors are reminded of submissions waiting longer than this many working days (Monday to Friday, China time); default 2.</summary>
    [Range(0, 30, ErrorMessage = "Setting 'Review:ReminderAfterWorkingDays' must be a whole number of working days from 0 to 30 (default 2).")]
    public int ReminderAfterWorkingDays { get; set; } = 2;
}
