using KhuyenCong.Data.Auditing;
using KhuyenCong.Data.Identity;
using KhuyenCong.Data.Notifications;
using KhuyenCong.Domain.AdministrativeUnits;
using KhuyenCong.Domain.Budgets;
using KhuyenCong.Domain.Commendations;
using KhuyenCong.Domain.Cycle;
using KhuyenCong.Domain.Establishments;
using KhuyenCong.Domain.Organisations;
using KhuyenCong.Domain.Products;
using KhuyenCong.Domain.Projects;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KhuyenCong.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<AdministrativeUnit> AdministrativeUnits => Set<AdministrativeUnit>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationSuccession> OrganisationSuccessions => Set<OrganisationSuccession>();
    public DbSet<ActivityContent> ActivityContents => Set<ActivityContent>();
    public DbSet<LegalForm> LegalForms => Set<LegalForm>();
    public DbSet<FundingSource> FundingSources => Set<FundingSource>();
    public DbSet<ProductGroup> ProductGroups => Set<ProductGroup>();
    public DbSet<ScoreCriterion> ScoreCriteria => Set<ScoreCriterion>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectHistoryEntry> ProjectHistory => Set<ProjectHistoryEntry>();
    public DbSet<Disbursement> Disbursements => Set<Disbursement>();
    public DbSet<SupportCap> SupportCaps => Set<SupportCap>();
    public DbSet<ProjectAttachment> ProjectAttachments => Set<ProjectAttachment>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<Establishment> Establishments => Set<Establishment>();
    public DbSet<ProductRound> ProductRounds => Set<ProductRound>();
    public DbSet<ProductEntry> ProductEntries => Set<ProductEntry>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Commendation> Commendations => Set<Commendation>();
    public DbSet<AppraisalCouncil> AppraisalCouncils => Set<AppraisalCouncil>();
    public DbSet<AppraisalSheet> AppraisalSheets => Set<AppraisalSheet>();
    public DbSet<AppraisalRecusal> AppraisalRecusals => Set<AppraisalRecusal>();
    public DbSet<PlanDecision> PlanDecisions => Set<PlanDecision>();
    public DbSet<ProductNomination> ProductNominations => Set<ProductNomination>();
    public DbSet<EstimateRevision> EstimateRevisions => Set<EstimateRevision>();
    public DbSet<PlanYearEvent> PlanYearEvents => Set<PlanYearEvent>();
    public DbSet<AllocationProject> AllocationProjects => Set<AllocationProject>();
    public DbSet<Domain.Cycle.RegistrationRound> RegistrationRounds => Set<Domain.Cycle.RegistrationRound>();
    public DbSet<Domain.Cycle.ProvincePackage> RegistrationPackages => Set<Domain.Cycle.ProvincePackage>();
    public DbSet<ReportPeriod> ReportPeriods => Set<ReportPeriod>();
    public DbSet<ReportSubmission> ReportSubmissions => Set<ReportSubmission>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<EmailOutboxMessage> EmailOutbox => Set<EmailOutboxMessage>();
    public DbSet<Domain.Documents.DocumentTemplate> DocumentTemplates => Set<Domain.Documents.DocumentTemplate>();
    public DbSet<Domain.Documents.GeneratedDocument> GeneratedDocuments => Set<Domain.Documents.GeneratedDocument>();

    /// <summary>Data Protection keys live in the database so that several web instances share them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<Exports.ExportJob> ExportJobs => Set<Exports.ExportJob>();

    /// <summary>One row bumped with every audited write: the key of cached figures (issue 16).</summary>
    public DbSet<DataChangeCounter> DataChangeCounter => Set<DataChangeCounter>();

    /// <summary>What the reference seeding last completed (issue 16: later starts skip it).</summary>
    public DbSet<Seeding.SeedingState> SeedingStates => Set<Seeding.SeedingState>();
    /// <summary>The official tables' form numbers and instruments, dated (issue 14).</summary>
    public DbSet<Domain.Documents.OfficialForm> OfficialForms => Set<Domain.Documents.OfficialForm>();

    internal AuditState Audit { get; } = new();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset values (Identity's LockoutEnd): store them as sortable integers
        // there.
        if (Database.IsSqlite())
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
