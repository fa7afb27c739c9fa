using Bulletin.Review;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Review;

/// <summary>The decision form's fields, as posted or as shown again with an error.</summary>
internal sealed record ReviewForm(ReviewChoice Choice, string? Reason, string? Title, string? Text, string? Proof = null)
{
    public static ReviewForm Read(IFormCollection form, ReviewChoice fallback) => new(
        ReviewChoices.FromSlug(form["choice"].ToString()) ?? fallback, form["reason"].ToString(),
        form.ContainsKey("title") ? form["title"].ToString() : null, form.ContainsKey("text") ? form["text"].ToString() : null,
        form["proof"].ToString());

    /// <summary>The text field holds paragraphs separated by blank lines (or single line breaks).</summary>
    public ReviewRequest ToRequest(string submissionId, string editorEmail) => new(
        submissionId, editorEmail, Choice, ReviewChannel.Link, Reason, Title,
        Text?.Replace("\r\n", "\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
}
