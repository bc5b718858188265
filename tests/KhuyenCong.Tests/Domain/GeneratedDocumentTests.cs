using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Documents;

namespace KhuyenCong.Tests.Domain;

public sealed class GeneratedDocumentTests
{
    private static readonly DateOnly Drafted = new(2026, 3, 10);

    [Fact]
    public void RecordSigned_NumberAndDateOnOrAfterTheDraft_Kept()
    {
        var document = Draft();

        document.RecordSigned("  15/QĐ-SCT ", Drafted, Drafted);

        Assert.Equal("15/QĐ-SCT", document.SignedNumber);
        Assert.Equal(Drafted, document.SignedDate);
    }

    [Theory]
    [InlineData("", 2026, 3, 12, "Nhập số của văn bản đã ký.")]
    [InlineData("15/QĐ-SCT", 2026, 3, 9, "Ngày ký {0} trước ngày lập dự thảo {1}.")]
    public void RecordSigned_NoNumberOrADateBeforeTheDraft_RefusedAndNothingKept(string number, int year, int month,
        int day, string reason)
    {
        var document = Draft();

        var refusal = Assert.Throws<DomainException>(() => document.RecordSigned(number, new(year, month, day), Drafted));

        Assert.Equal(reason, refusal.MessageKey);
        Assert.Null(document.SignedNumber);
        Assert.Null(document.SignedDate);
    }

    [Fact]
    public void Withdraw_Twice_SecondIsAWorkflowRefusal()
    {
        var template = new DocumentTemplate(3, DocumentKind.Certificate, 2, "gcn.docx", "a.bin", 10, "AB", "admin");
        template.Withdraw();

        Assert.Throws<WorkflowException>(template.Withdraw);
        Assert.True(template.Withdrawn);
    }

    private static GeneratedDocument Draft() =>
        new(DocumentKind.ProjectApproval, 7, null, 3, null, "mặc định 2026.1", "qd.docx", "bo.canbo", new(2026, 3, 10, 2, 0, 0));
}
