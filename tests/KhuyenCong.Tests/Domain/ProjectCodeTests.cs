using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Projects;

namespace KhuyenCong.Tests.Domain;

/// <summary>Issue 16: Hà Giang and Hậu Giang (and Đà Nẵng and Đắk Nông) no longer share one code sequence.</summary>
public sealed class ProjectCodeTests
{
    [Theory]
    [InlineData("Tỉnh Hà Giang", "HGG")]
    [InlineData("Tỉnh Hậu Giang", "HUG")]
    [InlineData("Thành phố Đà Nẵng", "DNG")]
    [InlineData("Tỉnh Đắk Nông", "DKN")]
    [InlineData("Tỉnh Hòa Bình", "HBH")]
    [InlineData("Tỉnh Bà Rịa - Vũng Tàu", "BRVT")]
    public void Abbreviate_Province_GivesItsOwnAbbreviation(string province, string expected) =>
        Assert.Equal(expected, ProjectCode.Abbreviate(province));

    [Fact]
    public void Prefix_HaGiangAndHauGiang_DifferForTheSameFundAndYear() =>
        Assert.NotEqual(ProjectCode.Prefix(Fund.Kcqg, 2021, "Tỉnh Hà Giang"),
            ProjectCode.Prefix(Fund.Kcqg, 2021, "Tỉnh Hậu Giang"));
}
