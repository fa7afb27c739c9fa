using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Bulletin.Issues;
using static Bulletin.Issues.DocxParagraphs;

namespace Bulletin.Statistics.Reports;

/// <summary>The report as a Word document with the issue's fonts, masthead and red rule (the issue renderer's helpers).</summary>
public static class AdoptionReportDocx
{
    private const int TableSize = 21; // 五号, 10.5 pt

    public static byte[] Render(AdoptionReport report)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<FontTablePart>().Fonts = DocxFonts.Table();
            var body = new Body();
            body.Append(Paragraph(Centred(before: 240, after: 240), Text(report.BulletinName, DocxFonts.Masthead, 88, color: Red)));
            var dateLine = new ParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(Rule<BottomBorder>(Red, 18)),
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth }),
                SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "360" },
            };
            var date = Text(report.DateText, DocxFonts.Body, BodySize);
            date.InsertAfter(new TabChar(), date.RunProperties);
            body.Append(Paragraph(dateLine, Text(report.Office, DocxFonts.Body, BodySize), date));
            body.Append(Paragraph(Centred(after: 240), Text(report.Title, DocxFonts.Masthead, 36)));
            foreach (var paragraph in report.Summary())
                body.Append(Paragraph(DocxParagraphs.Body(), Text(paragraph, DocxFonts.Body, BodySize)));
            body.Append(Table(report.Table));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Table Table(StatisticsTable statistics)
    {
        var border = new TableBorders(
            Rule<TopBorder>("000000", 4), Rule<LeftBorder>("000000", 4), Rule<BottomBorder>("000000", 4),
            Rule<RightBorder>("000000", 4), Rule<InsideHorizontalBorder>("000000", 4), Rule<InsideVerticalBorder>("000000", 4));
        var columns = StatisticsColumns.Headers(statistics).Count;
        var table = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = Twips(TextWidth / columns) })));
        table.Append(Row(StatisticsColumns.Headers(statistics), bold: true));
        foreach (var row in StatisticsColumns.Rows(statistics))
            table.Append(Row(StatisticsColumns.Cells(statistics, row), bold: row == statistics.Total));
        return table;
    }

    private static TableRow Row(IEnumerable<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(Paragraph(Centred(), Text(c, DocxFonts.Body, TableSize, bold: bold)))));
}
