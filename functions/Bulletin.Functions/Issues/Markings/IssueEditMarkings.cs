using Bulletin.Issues.Markings;
using Bulletin.Markup;

namespace Bulletin.Functions.Issues.Markings;

/// <summary>The markings and 编者按 fields of 修改草稿: an issue's markings (with 份号) and 编者按, and a note field per article.</summary>
internal static class IssueEditMarkings
{
    public static Html Fields(IssueEditForm form) => Html.Of(
        $"{form.Markings.Render(withCopyNumber: true)}" +
        $"<label for=\"editorsNote\">编者按（印在第一篇文章前，楷体；可不填）</label>" +
        $"<textarea id=\"editorsNote\" name=\"editorsNote\" maxlength=\"{EditorsNote.MaxLength}\" style=\"min-height:5rem\">{form.EditorsNote}</textarea>");

    /// <summary>The note printed before one article, in its row of the article list.</summary>
    public static Html ArticleNote(string submissionId, string title, IssueEditForm form) => Html.Of(
        $"<input name=\"note-{submissionId}\" maxlength=\"{EditorsNote.MaxLength}\" placeholder=\"本篇前的编者按（可不填）\" aria-label=\"编者按 {title}\" " +
        $"style=\"margin:0;flex:1\" value=\"{form.ArticleNotes.GetValueOrDefault(submissionId, "")}\">");
}
