using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Tests.Web;

public sealed class AttachmentFileNameTests
{
    [Theory]
    [InlineData("to-trinh.pdf", "to-trinh.pdf")]
    [InlineData("  bao cao.docx  ", "bao cao.docx")]
    [InlineData("..\\..\\windows\\x.pdf", "_.._windows_x.pdf")]
    [InlineData("a/b:c.pdf", "a_b_c.pdf")]
    [InlineData("hoa\u202Efdp.exe", "hoafdp.exe")]
    [InlineData("x\u2066y\u2069\u200E\u200Fz.png", "xyz.png")]
    [InlineData("nul\0bell\u0007tab\t.pdf", "nulbelltab.pdf")]
    [InlineData("\u202E", AttachmentFileName.Fallback)]
    [InlineData("", AttachmentFileName.Fallback)]
    public void Normalise_UntrustedName_SafeName(string given, string expected) =>
        Assert.Equal(expected, AttachmentFileName.Normalise(given));

    [Fact]
    public void Normalise_DecomposedVietnamese_ComposedForm()
    {
        var decomposed = "Bi\u0065\u0302\u0301n ba\u0309n.pdf"; // "Biên bản" typed with combining marks
        Assert.Equal("Biến bản.pdf".Normalize(System.Text.NormalizationForm.FormC), AttachmentFileName.Normalise(decomposed));
    }

    [Fact]
    public void Normalise_VeryLongName_CappedKeepingTheExtension()
    {
        var name = AttachmentFileName.Normalise(new string('x', 5000) + ".pdf");
        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
    }
}
