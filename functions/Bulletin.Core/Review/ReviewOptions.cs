using System.ComponentModel.DataAnnotations;

namespace Bulletin.Review;

/// <summary>Review by editors (section <c>Review</c>).</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>How long the links in a review mail work; default 14 days.</summary>
    [Range(1, 365, ErrorMessage = "Setting 'Review:LinkLifetimeDays' must be a whole number of days from 1 to 365 (default 14).")]
    public int LinkLifetimeDays { get; set; } = 14;
}
