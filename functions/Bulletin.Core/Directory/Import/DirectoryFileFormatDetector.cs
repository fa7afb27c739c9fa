namespace Bulletin.Directory.Import;

/// <summary>Decides how to read an upload: a foreign file extension refuses it; otherwise the content's
/// signature wins (an .xlsx renamed to .csv is still read), then the extension, then the content type.</summary>
internal static class DirectoryFileFormatDetector
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    // OLE2 compound file: .xls, .doc, .et, and password-protected .xlsx.
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PdfSignature = "%PDF"u8.ToArray();

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static DirectoryFileFormat Detect(ReadOnlySpan<byte> content, string? fileName, string? contentType)
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        if (extension is not ("" or ".csv" or ".xlsx"))
            return DirectoryFileFormat.Unsupported;
        if (content.StartsWith(ZipSignature))
            return DirectoryFileFormat.Xlsx;
        if (content.StartsWith(CompoundFileSignature) || content.StartsWith(PdfSignature))
            return DirectoryFileFormat.Unsupported;
        if (extension == ".csv")
            return DirectoryFileFormat.Csv;
        if (extension == ".xlsx")
            return DirectoryFileFormat.Xlsx;
        return FromContentType(contentType) ?? (LooksLikeText(content) ? DirectoryFileFormat.Csv : DirectoryFileFormat.Unsupported);
    }

    public static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith(CompoundFileSignature);

    private static DirectoryFileFormat? FromContentType(string? contentType)
    {
        var mediaType = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return mediaType switch
        {
            "text/csv" or "application/csv" or "text/comma-separated-values" or "text/plain" => DirectoryFileFormat.Csv,
            XlsxContentType => DirectoryFileFormat.Xlsx,
            _ => null,
        };
    }

    // Text has no NUL bytes in UTF-8 or GBK; binary formats nearly always do early on.
    private static bool LooksLikeText(ReadOnlySpan<byte> content) =>
        TextEncodingDetector.HasUnicodeByteOrderMark(content) || (content.Length > 0 && !content[..Math.Min(content.Length, 4096)].Contains((byte)0));
}
