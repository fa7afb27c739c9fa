using System.Text;
using Bulletin.Intake.Photos;

namespace Bulletin.Tests.Intake.Photos;

public sealed class PhotoImageTests
{
    [Fact]
    public void A_phone_JPEG_loses_its_GPS_position_and_camera_data_and_keeps_its_scan_data_byte_for_byte()
    {
        var sent = TestPhotos.WithExif(TestPhotos.Jpeg);

        var kept = PhotoImage.Read(sent)!;

        Assert.Equal(("image/jpeg", 320, 240, 1), (kept.ContentType, kept.Width, kept.Height, kept.Orientation));
        Assert.Equal(-1, kept.Content.AsSpan().IndexOf(TestPhotos.Latitude));
        Assert.DoesNotContain(TestPhotos.CameraMake, Encoding.Latin1.GetString(kept.Content));
        Assert.DoesNotContain("Exif", Encoding.Latin1.GetString(kept.Content));
        Assert.Equal(TestPhotos.ScanData(sent), TestPhotos.ScanData(kept.Content));
        Assert.Equal(TestPhotos.Jpeg, kept.Content); // the file before EXIF was added: nothing else was touched
    }

    [Fact]
    public void A_turned_JPEG_keeps_only_its_orientation_which_the_renderers_apply()
    {
        var kept = PhotoImage.Read(TestPhotos.WithExif(TestPhotos.Jpeg, orientation: 6))!;

        Assert.Equal(6, kept.Orientation);
        Assert.Equal(-1, kept.Content.AsSpan().IndexOf(TestPhotos.Latitude));
        Assert.DoesNotContain(TestPhotos.CameraMake, Encoding.Latin1.GetString(kept.Content));
        Assert.Equal(6, PhotoImage.Read(kept.Content)!.Orientation);
    }

    [Fact]
    public void A_PNG_loses_its_text_and_time_chunks_and_keeps_its_image_chunks()
    {
        byte[] png = [.. Png.Signature, .. Png.Chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0]), .. Png.Chunk("tEXt", "Comment\0GPS 34.75N"u8.ToArray()),
            .. Png.Chunk("IDAT", [1, 2, 3]), .. Png.Chunk("IEND", [])];

        var kept = PhotoImage.Read(png)!;

        Assert.Equal(("image/png", 2, 3), (kept.ContentType, kept.Width, kept.Height));
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(kept.Content));
        Assert.Equal([.. Png.Signature, .. Png.Chunk("IHDR", [0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0]), .. Png.Chunk("IDAT", [1, 2, 3]), .. Png.Chunk("IEND", [])], kept.Content);
    }

    [Fact]
    public void Bytes_that_are_no_JPEG_or_PNG_are_not_a_photo()
    {
        Assert.Null(PhotoImage.Read("GIF89a not a photo"u8.ToArray()));
        Assert.Null(PhotoImage.Read(TestPhotos.Jpeg[..200])); // cut before its scan
    }

    [Fact]
    public void An_image_over_10_MB_is_refused_with_what_to_do_and_the_others_are_placed_after_their_paragraphs()
    {
        var large = TestPhotos.Jpeg.Concat(new byte[PhotoLimits.MaxBytes]).ToArray();
        var (taken, refusals) = PhotoIntake.Prepare(
            [new("大图.jpg", large, "", "第一段。"), new("现场.jpg", TestPhotos.Jpeg, "现场", "第二段。")], ["第一段。", "第二段。", "第三段。"]);

        Assert.Equal(("现场", 2), (Assert.Single(taken).Caption, taken[0].AfterParagraph));
        Assert.Equal("图片《大图.jpg》有 10 MB，超过每张 10 MB 的上限，未编入稿件：请把图片压缩到 10 MB 以内（如另存为 JPEG）后，把本稿连同图片重新发送一次。",
            Assert.Single(refusals));
    }

    private static class Png
    {
        public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

        public static byte[] Chunk(string type, byte[] data) =>
            [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }
}
