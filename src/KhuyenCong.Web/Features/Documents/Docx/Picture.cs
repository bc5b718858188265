using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace KhuyenCong.Web.Features.Documents.Docx;

/// <summary>An inline PNG picture (the certificate's QR code), 3.5 cm square, as Word itself writes one.</summary>
internal static class Picture
{
    private const long SizeEmu = 1_260_000;
    private static uint _next = 100;

    public static Run Run(OpenXmlPart part, byte[] png, string name)
    {
        string relationship;
        switch (part)
        {
            case MainDocumentPart main:
            {
                var image = main.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(png)) image.FeedData(stream);
                relationship = main.GetIdOfPart(image);
                break;
            }
            case HeaderPart header:
            {
                var image = header.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(png)) image.FeedData(stream);
                relationship = header.GetIdOfPart(image);
                break;
            }
            case FooterPart footer:
            {
                var image = footer.AddImagePart(ImagePartType.Png);
                using (var stream = new MemoryStream(png)) image.FeedData(stream);
                relationship = footer.GetIdOfPart(image);
                break;
            }
            default:
                throw new InvalidOperationException("Pictures go into the body, a header or a footer.");
        }
        var id = Interlocked.Increment(ref _next);
        var inline = new DW.Inline(
            new DW.Extent { Cx = SizeEmu, Cy = SizeEmu },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(
                        new A.Blip { Embed = relationship },
                        new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L },
                            new A.Extents { Cx = SizeEmu, Cy = SizeEmu }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Run(new Drawing(inline));
    }
}
