namespace Bulletin.Intake.Extraction;

/// <summary>The file types an article is accepted in.</summary>
/// <remarks>Wps: WPS Writer's .wps, read as the .doc or .docx its bytes show it is.</remarks>
internal enum DocumentKind { Unsupported, Docx, Doc, Text, Pdf, Wps }

/// <summary>
/// Decides a file's kind by its extension, then by its content type when the name has no extension
/// (mail clients sometimes drop it); the first bytes then correct a .doc that is really a .docx or RTF.
/// </summary>
internal static class DocumentKinds
{
    private static readonly Dictionary<string, DocumentKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = DocumentKind.Docx, [".doc"] = DocumentKind.Doc, [".txt"] = DocumentKind.Text, [".pdf"] = DocumentKind.Pdf,
        [".wps"] = DocumentKind.Wps,
    };

    private static readonly Dictionary<string, DocumentKind> ByContentType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = DocumentKind.Docx,
        ["application/msword"] = DocumentKind.Doc,
        ["text/plain"] = DocumentKind.Text,
        ["application/pdf"] = DocumentKind.Pdf,
        ["application/wps-office.wps"] = DocumentKind.Wps,
        ["application/vnd.ms-works"] = DocumentKind.Wps,
    };

    public static DocumentKind FromName(string fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName.Trim());
        if (extension.Length > 0)
            return ByExtension.GetValueOrDefault(extension, DocumentKind.Unsupported);
        var mediaType = contentType?.Split(';')[0].Trim() ?? "";
        return ByContentType.GetValueOrDefault(mediaType, DocumentKind.Unsupported);
    }

    // Word files are often renamed between .doc and .docx; the bytes say which they are. A .wps that is neither (an old
    // WPS or Microsoft Works format) is refused asking for .docx.
    public static DocumentKind Sniff(DocumentKind named, ReadOnlySpan<byte> bytes)
    {
        if (named is not (DocumentKind.Doc or DocumentKind.Docx or DocumentKind.Wps))
            return named;
        if (bytes.StartsWith("PK\u0003\u0004"u8))
            return DocumentKind.Docx;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return DocumentKind.Doc;
        if (bytes.StartsWith("{\\rtf"u8))
            throw new UnreadableDocumentException(Refusals.RtfDisguisedAsWord);
        return named == DocumentKind.Wps ? throw new UnreadableDocumentException(Refusals.WpsNotWord) : named;
    }
}
