namespace Bulletin.Intake.Extraction;

/// <summary>What the sender is told when a file or mail body is refused, and what to send instead.</summary>
internal static class Refusals
{
    private const string SendInstead = "请发送 Word 文档（.docx 或 .doc）、文本文件（.txt）或 PDF 文件，也可以把文字直接粘贴在邮件正文中。";

    public const string TooLarge = "文件超过 30 MB，无法接收。请删去图片或压缩后重新发送，也可以把文字直接粘贴在邮件正文中。";
    public const string UnsupportedType = "不支持这种格式的文件。" + SendInstead;
    public const string RtfDisguisedAsWord = "文件实际是 RTF 格式，不是 Word 文档。" + SendInstead;
    public const string DamagedDocx = "文件已损坏或不是 Word 文档，请用 Word 重新保存为 .docx 后再发送，或把文字直接粘贴在邮件正文中。";
    public const string SuspiciousZip = "Word 文档的压缩内容异常（解压后过大、压缩比异常或条目过多），为安全起见未予处理。请用 Word 重新保存后再发送，或把文字直接粘贴在邮件正文中。";
    public const string DamagedDoc = "文件已损坏或不是 Word 97-2003 文档（.doc），请用 Word 另存为 .docx 后再发送，或把文字直接粘贴在邮件正文中。";
    public const string WordTooOld = "这是 Word 95 或更早版本的文档，无法读取。请用 Word 另存为 .docx 后再发送，或把文字直接粘贴在邮件正文中。";
    public const string WpsNotWord = "这个 .wps 文件不是以 Word 兼容格式保存的，无法读取：请在 WPS 文字中点“文件 → 另存为”，选择“Word 文档（*.docx）”保存后再发送。" + SendInstead;
    public const string Encrypted = "文件设有密码保护，无法读取。请取消密码后重新发送，或把文字直接粘贴在邮件正文中。";
    public const string NotText = "文件不是文本文件，无法读取。" + SendInstead;
    public const string PdfWithoutText = "PDF 中没有可提取的文字（可能是扫描件），请发送 Word 文档或直接在邮件正文中粘贴文字";
    public const string DamagedPdf = "PDF 文件已损坏或设有密码，无法读取，请发送 Word 文档或直接在邮件正文中粘贴文字。";
    public const string EmptyFile = "文件中没有文字，请检查附件是否正确，或把文字直接粘贴在邮件正文中。";
    public const string EmptyMail = "邮件正文中没有文字，请把稿件粘贴在邮件正文中，或作为 Word 文档附件发送。";
}
