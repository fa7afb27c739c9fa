using Bulletin.Intake.Extraction;

namespace Bulletin.Tests.Intake.Extraction;

/// <summary>What is refused before any reading: other file types and oversize files.</summary>
public class FileTypeTests
{
    [Theory]
    [InlineData("稿件.wps", "application/kswps")]
    [InlineData("稿件.rtf", "application/rtf")]
    [InlineData("稿件.zip", "application/zip")]
    [InlineData("照片.jpg", "image/jpeg")]
    [InlineData("统计.xls", "application/vnd.ms-excel")]
    [InlineData("稿件", "application/octet-stream")]
    public void Other_file_types_are_refused_naming_the_accepted_ones(string fileName, string contentType)
    {
        var extraction = ArticleExtractor.FromFile(new MemoryStream([1, 2, 3]), fileName, contentType);

        ExtractionAssert.Refused(extraction, ".docx");
        Assert.Contains(".doc）", extraction.Refusal);
        Assert.Contains(".txt", extraction.Refusal);
        Assert.Contains("PDF", extraction.Refusal);
        Assert.Contains("邮件正文", extraction.Refusal);
    }

    [Fact]
    public void Rtf_saved_under_a_doc_name_is_refused_as_RTF()
    {
        var rtf = "{\\rtf1\\ansi 区总工会}"u8.ToArray();

        ExtractionAssert.Refused(ArticleExtractor.FromFile(new MemoryStream(rtf), "稿件.doc", null), "RTF");
    }

    [Fact]
    public void File_over_30_MB_is_refused_before_it_is_read()
    {
        var tooLarge = new LengthOnlyStream(ArticleExtractor.MaxFileBytes + 1);

        ExtractionAssert.Refused(ArticleExtractor.FromFile(tooLarge, "稿件.docx", null), "30 MB");
    }

    [Fact]
    public void Unseekable_stream_over_30_MB_is_refused_once_the_limit_is_passed()
    {
        var tooLarge = new LengthOnlyStream(ArticleExtractor.MaxFileBytes + 1, seekable: false);

        ExtractionAssert.Refused(ArticleExtractor.FromFile(tooLarge, "稿件.txt", null), "30 MB");
    }

    [Fact]
    public void Empty_file_is_refused_as_having_no_text()
    {
        ExtractionAssert.Refused(ArticleExtractor.FromFile(new MemoryStream(), "稿件.txt", null), "没有文字");
    }

    /// <summary>A stream of zeros of a given length that holds nothing in memory.</summary>
    private sealed class LengthOnlyStream(long length, bool seekable = true) : Stream
    {
        private long position;
        public override bool CanRead => true;
        public override bool CanSeek => seekable;
        public override bool CanWrite => false;
        public override long Length => seekable ? length : throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Clear(buffer, offset, n);
            position += n;
            return n;
        }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
