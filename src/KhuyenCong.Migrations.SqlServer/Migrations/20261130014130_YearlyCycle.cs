using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class YearlyCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AdvanceClearedDong",
                table: "ProjectDisbursements",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ReversesId",
                table: "ProjectDisbursements",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SettledSupportDong",
                table: "ProjectCostLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NominationQuota",
                table: "ProductRounds",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuorumExceptionByUserId",
                table: "ProductRounds",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "QuorumExceptionDate",
                table: "ProductRounds",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumExceptionMissingSheets",
                table: "ProductRounds",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuorumExceptionReason",
                table: "ProductRounds",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TieBreakReason",
                table: "ProductRounds",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "EmailOptOut",
                table: "AspNetUsers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "AspNetUsers",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "AnnualPlans",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AllocationProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AllocationId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllocationProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllocationProjects_Allocations_AllocationId",
                        column: x => x.AllocationId,
                        principalTable: "Allocations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AllocationProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalCouncils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    OrganiserId = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalCouncils", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalCouncils_Organisations_OrganiserId",
                        column: x => x.OrganiserId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EstimateRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Estimate = table.Column<long>(type: "bigint", nullable: false),
                    Change = table.Column<long>(type: "bigint", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EstimateRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EstimateRevisions_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    MessageKey = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Arguments = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DedupeKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Fund = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    RecorderOrganisationId = table.Column<int>(type: "int", nullable: false),
                    ScopeUnitId = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDecisions_AdministrativeUnits_ScopeUnitId",
                        column: x => x.ScopeUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanDecisions_Organisations_RecorderOrganisationId",
                        column: x => x.RecorderOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanYearEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanYearEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanYearEvents_AnnualPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AnnualPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductNominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    NominatorId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    LetterNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    LetterStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LetterContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LetterSizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Submissions = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductNominations_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_Organisations_NominatorId",
                        column: x => x.NominatorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    OpenedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MaxScore = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    CouncilId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalCriteria_AppraisalCouncils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "AppraisalCouncils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CouncilId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalMembers_AppraisalCouncils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "AppraisalCouncils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalRecusals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CouncilId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    MemberUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalRecusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalRecusals_AppraisalCouncils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "AppraisalCouncils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalRecusals_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AppraisalSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CouncilId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    MemberUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Points = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppraisalSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppraisalSheets_AppraisalCouncils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "AppraisalCouncils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppraisalSheets_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmailOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NotificationId = table.Column<long>(type: "bigint", nullable: false),
                    ToAddress = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    ClaimToken = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClaimedUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AbandonedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmailOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmailOutbox_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanDecisionItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DecisionId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    ProjectCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Score = table.Column<int>(type: "int", nullable: true),
                    AmountDong = table.Column<long>(type: "bigint", nullable: true),
                    CouncilMean = table.Column<double>(type: "float", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanDecisionItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanDecisionItems_PlanDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "PlanDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanDecisionItems_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanYearUnspentBalances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    RecipientId = table.Column<int>(type: "int", nullable: false),
                    Allocated = table.Column<long>(type: "bigint", nullable: false),
                    Disbursed = table.Column<long>(type: "bigint", nullable: false),
                    Disposition = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanYearUnspentBalances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanYearUnspentBalances_Organisations_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanYearUnspentBalances_PlanYearEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "PlanYearEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductNominationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    CertificateId = table.Column<int>(type: "int", nullable: false),
                    EntryId = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductNominationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductCertificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "ProductCertificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ProductEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ProductNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationIndicativeFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: false),
                    AmountDong = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationIndicativeFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationIndicativeFigures_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationIndicativeFigures_RegistrationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "RegistrationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: false),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_RegistrationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "RegistrationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: false),
                    SubmitterOrganisationId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    LetterNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LetterFileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    LetterStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LetterContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LetterSizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    IsLate = table.Column<bool>(type: "bit", nullable: false),
                    Submissions = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AllocatedKcqgDong = table.Column<long>(type: "bigint", nullable: false),
                    AllocatedKcdpDong = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_Organisations_SubmitterOrganisationId",
                        column: x => x.SubmitterOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportSubmissions_ReportPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "ReportPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PackageId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    LetterNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LetterFileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    LetterContentType = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    LetterSize = table.Column<long>(type: "bigint", nullable: false),
                    LetterStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsLate = table.Column<bool>(type: "bit", nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReturnedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationSubmissions_RegistrationPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "RegistrationPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportSubmissionRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SubmissionId = table.Column<int>(type: "int", nullable: false),
                    Attempt = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    ProjectCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Implementer = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Beneficiaries = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Fund = table.Column<int>(type: "int", nullable: false),
                    TotalCostDong = table.Column<long>(type: "bigint", nullable: false),
                    SupportDong = table.Column<long>(type: "bigint", nullable: false),
                    CounterpartDong = table.Column<long>(type: "bigint", nullable: false),
                    DisbursedDong = table.Column<long>(type: "bigint", nullable: false),
                    SettledDong = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSubmissionRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportSubmissionRows_ReportSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "ReportSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackageRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SubmissionId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ActivityContentId = table.Column<int>(type: "int", nullable: false),
                    ContentName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ContentOrder = table.Column<int>(type: "int", nullable: false),
                    Implementer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TotalCostDong = table.Column<long>(type: "bigint", nullable: false),
                    RequestedSupportDong = table.Column<long>(type: "bigint", nullable: false),
                    RecommendedSupportDong = table.Column<long>(type: "bigint", nullable: false),
                    BaseScore = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackageRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageRows_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageRows_RegistrationSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "RegistrationSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackageBeneficiaries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RowId = table.Column<long>(type: "bigint", nullable: false),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TaxCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackageBeneficiaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageBeneficiaries_RegistrationPackageRows_RowId",
                        column: x => x.RowId,
                        principalTable: "RegistrationPackageRows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements",
                column: "ReversesId");

            migrationBuilder.CreateIndex(
                name: "IX_AllocationProjects_AllocationId_ProjectId",
                table: "AllocationProjects",
                columns: new[] { "AllocationId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AllocationProjects_ProjectId",
                table: "AllocationProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalCouncils_OrganiserId",
                table: "AppraisalCouncils",
                column: "OrganiserId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalCouncils_Year",
                table: "AppraisalCouncils",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalCriteria_CouncilId",
                table: "AppraisalCriteria",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMembers_CouncilId_UserId",
                table: "AppraisalMembers",
                columns: new[] { "CouncilId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalMembers_UserId",
                table: "AppraisalMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRecusals_CouncilId_ProjectId_MemberUserId",
                table: "AppraisalRecusals",
                columns: new[] { "CouncilId", "ProjectId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalRecusals_ProjectId",
                table: "AppraisalRecusals",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheets_CouncilId_ProjectId_MemberUserId",
                table: "AppraisalSheets",
                columns: new[] { "CouncilId", "ProjectId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppraisalSheets_ProjectId",
                table: "AppraisalSheets",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_NotificationId",
                table: "EmailOutbox",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_EmailOutbox_SentAtUtc_AbandonedAtUtc_NextAttemptAtUtc",
                table: "EmailOutbox",
                columns: new[] { "SentAtUtc", "AbandonedAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_EstimateRevisions_PlanId_Sequence",
                table: "EstimateRevisions",
                columns: new[] { "PlanId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_DedupeKey",
                table: "Notifications",
                columns: new[] { "UserId", "DedupeKey" },
                unique: true,
                filter: "[DedupeKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAtUtc_Id",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisionItems_DecisionId_ProjectId",
                table: "PlanDecisionItems",
                columns: new[] { "DecisionId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisionItems_ProjectId",
                table: "PlanDecisionItems",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_RecorderOrganisationId_Number",
                table: "PlanDecisions",
                columns: new[] { "RecorderOrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_ScopeUnitId",
                table: "PlanDecisions",
                column: "ScopeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanDecisions_Year_Fund",
                table: "PlanDecisions",
                columns: new[] { "Year", "Fund" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanYearEvents_PlanId",
                table: "PlanYearEvents",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanYearUnspentBalances_EventId",
                table: "PlanYearUnspentBalances",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanYearUnspentBalances_RecipientId",
                table: "PlanYearUnspentBalances",
                column: "RecipientId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_CertificateId",
                table: "ProductNominationItems",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_EntryId",
                table: "ProductNominationItems",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_NominationId_CertificateId",
                table: "ProductNominationItems",
                columns: new[] { "NominationId", "CertificateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_NominatorId",
                table: "ProductNominations",
                column: "NominatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_ProvinceUnitId",
                table: "ProductNominations",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_RoundId_UnitId",
                table: "ProductNominations",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_UnitId",
                table: "ProductNominations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationIndicativeFigures_ProvinceUnitId",
                table: "RegistrationIndicativeFigures",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationIndicativeFigures_RoundId_ProvinceUnitId",
                table: "RegistrationIndicativeFigures",
                columns: new[] { "RoundId", "ProvinceUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_EstablishmentId",
                table: "RegistrationPackageBeneficiaries",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_RowId",
                table: "RegistrationPackageBeneficiaries",
                column: "RowId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_TaxCode",
                table: "RegistrationPackageBeneficiaries",
                column: "TaxCode");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageRows_ProjectId",
                table: "RegistrationPackageRows",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageRows_SubmissionId",
                table: "RegistrationPackageRows",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_OrganisationId",
                table: "RegistrationPackages",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_ProvinceUnitId",
                table: "RegistrationPackages",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_RoundId_ProvinceUnitId",
                table: "RegistrationPackages",
                columns: new[] { "RoundId", "ProvinceUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationRounds_Year",
                table: "RegistrationRounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_PackageId_Number",
                table: "RegistrationSubmissions",
                columns: new[] { "PackageId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportPeriods_Year_Kind",
                table: "ReportPeriods",
                columns: new[] { "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissionRows_SubmissionId_Attempt",
                table: "ReportSubmissionRows",
                columns: new[] { "SubmissionId", "Attempt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_PeriodId_ProvinceUnitId",
                table: "ReportSubmissions",
                columns: new[] { "PeriodId", "ProvinceUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_ProvinceUnitId",
                table: "ReportSubmissions",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportSubmissions_SubmitterOrganisationId",
                table: "ReportSubmissions",
                column: "SubmitterOrganisationId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProjectDisbursements_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements",
                column: "ReversesId",
                principalTable: "ProjectDisbursements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProjectDisbursements_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropTable(
                name: "AllocationProjects");

            migrationBuilder.DropTable(
                name: "AppraisalCriteria");

            migrationBuilder.DropTable(
                name: "AppraisalMembers");

            migrationBuilder.DropTable(
                name: "AppraisalRecusals");

            migrationBuilder.DropTable(
                name: "AppraisalSheets");

            migrationBuilder.DropTable(
                name: "EmailOutbox");

            migrationBuilder.DropTable(
                name: "EstimateRevisions");

            migrationBuilder.DropTable(
                name: "PlanDecisionItems");

            migrationBuilder.DropTable(
                name: "PlanYearUnspentBalances");

            migrationBuilder.DropTable(
                name: "ProductNominationItems");

            migrationBuilder.DropTable(
                name: "RegistrationIndicativeFigures");

            migrationBuilder.DropTable(
                name: "RegistrationPackageBeneficiaries");

            migrationBuilder.DropTable(
                name: "ReportSubmissionRows");

            migrationBuilder.DropTable(
                name: "AppraisalCouncils");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "PlanDecisions");

            migrationBuilder.DropTable(
                name: "PlanYearEvents");

            migrationBuilder.DropTable(
                name: "ProductNominations");

            migrationBuilder.DropTable(
                name: "RegistrationPackageRows");

            migrationBuilder.DropTable(
                name: "ReportSubmissions");

            migrationBuilder.DropTable(
                name: "RegistrationSubmissions");

            migrationBuilder.DropTable(
                name: "ReportPeriods");

            migrationBuilder.DropTable(
                name: "RegistrationPackages");

            migrationBuilder.DropTable(
                name: "RegistrationRounds");

            migrationBuilder.DropIndex(
                name: "IX_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "AdvanceClearedDong",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "SettledSupportDong",
                table: "ProjectCostLines");

            migrationBuilder.DropColumn(
                name: "NominationQuota",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionByUserId",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionDate",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionMissingSheets",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionReason",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "TieBreakReason",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "EmailOptOut",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "AnnualPlans");
        }
    }
}
