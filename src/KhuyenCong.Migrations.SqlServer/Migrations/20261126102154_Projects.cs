using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Projects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SearchKey = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Fund = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    ActivityContentId = table.Column<int>(type: "int", nullable: false),
                    ImplementingOrganisationId = table.Column<int>(type: "int", nullable: false),
                    LocationUnitId = table.Column<int>(type: "int", nullable: false),
                    ProvinceCode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Objectives = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ExpectedResults = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    EstablishmentsSupported = table.Column<int>(type: "int", nullable: false),
                    WorkersTrained = table.Column<int>(type: "int", nullable: false),
                    Machines = table.Column<int>(type: "int", nullable: false),
                    DemonstrationModels = table.Column<int>(type: "int", nullable: false),
                    Jobs = table.Column<int>(type: "int", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TotalCostDong = table.Column<long>(type: "bigint", nullable: false),
                    RequestedSupportDong = table.Column<long>(type: "bigint", nullable: false),
                    AppraisedSupportDong = table.Column<long>(type: "bigint", nullable: true),
                    BaseScore = table.Column<int>(type: "int", nullable: true),
                    MinistryScore = table.Column<int>(type: "int", nullable: true),
                    ApprovedSupportDong = table.Column<long>(type: "bigint", nullable: true),
                    ApprovalDecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ApprovalDecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ContractDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DisbursedDong = table.Column<long>(type: "bigint", nullable: false),
                    AcceptanceNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AcceptanceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SettledDong = table.Column<long>(type: "bigint", nullable: true),
                    SettlementDecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SettlementDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_ActivityContents_ActivityContentId",
                        column: x => x.ActivityContentId,
                        principalTable: "ActivityContents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Projects_AdministrativeUnits_LocationUnitId",
                        column: x => x.LocationUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Projects_Organisations_ImplementingOrganisationId",
                        column: x => x.ImplementingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportCaps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Fund = table.Column<int>(type: "int", nullable: false),
                    ActivityContentId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: true),
                    MaxPercent = table.Column<int>(type: "int", nullable: false),
                    CapPerEstablishmentDong = table.Column<long>(type: "bigint", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportCaps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportCaps_ActivityContents_ActivityContentId",
                        column: x => x.ActivityContentId,
                        principalTable: "ActivityContents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportCaps_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectAttachments_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectBeneficiaries",
                columns: table => new
                {
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectBeneficiaries", x => new { x.ProjectId, x.EstablishmentId });
                    table.ForeignKey(
                        name: "FK_ProjectBeneficiaries_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProjectBeneficiaries_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCostLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Item = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TotalDong = table.Column<long>(type: "bigint", nullable: false),
                    FundSupportDong = table.Column<long>(type: "bigint", nullable: false),
                    ContributionDong = table.Column<long>(type: "bigint", nullable: false),
                    OtherSourcesDong = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCostLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCostLines_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectDisbursements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountDong = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectDisbursements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectDisbursements_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProjectHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<int>(type: "int", nullable: false),
                    FromStatus = table.Column<int>(type: "int", nullable: false),
                    ToStatus = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DecisionNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AmountDong = table.Column<long>(type: "bigint", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectHistory_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectAttachments_ProjectId",
                table: "ProjectAttachments",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectBeneficiaries_EstablishmentId",
                table: "ProjectBeneficiaries",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCostLines_ProjectId",
                table: "ProjectCostLines",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisbursements_ProjectId",
                table: "ProjectDisbursements",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectHistory_ProjectId",
                table: "ProjectHistory",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ActivityContentId",
                table: "Projects",
                column: "ActivityContentId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Code",
                table: "Projects",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ImplementingOrganisationId_Fund_Year",
                table: "Projects",
                columns: new[] { "ImplementingOrganisationId", "Fund", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LocationUnitId",
                table: "Projects",
                column: "LocationUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ProvinceCode",
                table: "Projects",
                column: "ProvinceCode");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Year_Fund_Status",
                table: "Projects",
                columns: new[] { "Year", "Fund", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaps_ActivityContentId",
                table: "SupportCaps",
                column: "ActivityContentId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaps_Fund_ActivityContentId",
                table: "SupportCaps",
                columns: new[] { "Fund", "ActivityContentId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportCaps_ProvinceUnitId",
                table: "SupportCaps",
                column: "ProvinceUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectAttachments");

            migrationBuilder.DropTable(
                name: "ProjectBeneficiaries");

            migrationBuilder.DropTable(
                name: "ProjectCostLines");

            migrationBuilder.DropTable(
                name: "ProjectDisbursements");

            migrationBuilder.DropTable(
                name: "ProjectHistory");

            migrationBuilder.DropTable(
                name: "SupportCaps");

            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
