using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KhuyenCong.Data.Configurations;

internal sealed class ActivityContentConfiguration : IEntityTypeConfiguration<ActivityContent>
{
    public void Configure(EntityTypeBuilder<ActivityContent> builder) => builder.ConfigureReferenceItem();
}

internal sealed class LegalFormConfiguration : IEntityTypeConfiguration<LegalForm>
{
    public void Configure(EntityTypeBuilder<LegalForm> builder) => builder.ConfigureReferenceItem();
}

internal sealed class FundingSourceConfiguration : IEntityTypeConfiguration<FundingSource>
{
    public void Configure(EntityTypeBuilder<FundingSource> builder) => builder.ConfigureReferenceItem();
}

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> builder) => builder.ConfigureReferenceItem();
}

internal sealed class ScoreCriterionConfiguration : IEntityTypeConfiguration<ScoreCriterion>
{
    public void Configure(EntityTypeBuilder<ScoreCriterion> builder) => builder.ConfigureReferenceItem();
}
