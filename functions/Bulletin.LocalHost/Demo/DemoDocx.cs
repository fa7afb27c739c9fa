using System.IO.Compression;
using System.Security;
using System.Text;

namespace Bulletin.LocalHost.Demo;

/// <summary>The smallest .docx Word opens: one paragraph per line, the first in bold as units write their titles.</summary>
internal static class DemoDocx
{
    public static byte[] Of(string title, IEnumerable<string> paragraphs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var body = new StringBuilder($"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{SecurityElement.Escape(title)}</w:t></w:r></w:p>");
            foreach (var paragraph in paragraphs)
                body.Append($"<w:p><w:r><w:t>{SecurityElement.Escape(paragraph)}</w:t></w:r></w:p>");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
