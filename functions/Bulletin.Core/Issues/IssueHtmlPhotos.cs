using Bulletin.Intake;
using Bulletin.Markup;

namespace Bulletin.Issues;

/// <summary>A photo in the HTML issue: the image as a data URI (the stored document stands alone, in the archive too; the issue
/// mail turns each into a <c>cid:</c> part, <see cref="Distribution.InlinePhotos"/>), at most the column's width, caption centred below.
/// A turned JPEG keeps its EXIF orientation, which browsers apply (CSS image-orientation: from-image is their default).</summary>
internal static class IssueHtmlPhotos
{
    private static readonly Html Figure = Html.Of($"margin:6px 0 14px;text-align:center;");
    private static readonly Html Image = Html.Of($"display:block;margin:0 auto;max-width:100%;height:auto;border:0;");
    private static readonly Html Caption = Html.Of($"margin:4px 0 0;text-align:center;font-size:15px;line-height:1.6;");
    private const int ColumnWidth = 644;

    public static Html Photo(ArticlePhoto photo)
    {
        var (width, height) = photo.Shown;
        var shownWidth = Math.Min(width, ColumnWidth);
        var source = $"data:{photo.ContentType};base64,{Convert.ToBase64String(photo.Content!.ToMemory().Span)}";
        return Html.Of($"<div style=\"{Figure}\"><img src=\"{source}\" width=\"{shownWidth}\" alt=\"{(photo.Caption.Length > 0 ? photo.Caption : "图片")}\" style=\"{Image}\">" +
            $"{(photo.Caption.Length > 0 ? Html.Of($"<p style=\"{Caption}\">{photo.Caption}</p>") : Html.Empty)}</div>\n");
    }
}
