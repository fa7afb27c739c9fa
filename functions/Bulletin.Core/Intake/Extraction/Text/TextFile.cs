namespace Bulletin.Intake.Extraction;

/// <summary>The article in a .txt file: decoded, wrapped lines joined, title by the plain-text rule.</summary>
internal static class TextFile
{
    public static ExtractedArticle Read(byte[] bytes)
    {
        var text = TextFileDecoder.Decode(bytes);
        // Binary files decode to something under GB18030 too; NUL never appears in real text.
        if (text.Contains('\0'))
            throw new UnreadableDocumentException(Refusals.NotText);
        return PlainTextTitle.Build(WrappedText.ToParagraphs(text.ReplaceLineEndings("\n").Split('\n')));
    }
}
