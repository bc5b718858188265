using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppraisalCouncils",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganiserId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PlanDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Fund = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecorderOrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ScopeUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "AppraisalCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CouncilId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Points = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PlanDecisionItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: true),
                    CouncilMean = table.Column<double>(type: "REAL", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppraisalCriteria");

            migrationBuilder.DropTable(
                name: "AppraisalMembers");

            migrationBuilder.DropTable(
                name: "AppraisalRecusals");

            migrationBuilder.DropTable(
                name: "AppraisalSheets");

            migrationBuilder.DropTable(
                name: "PlanDecisionItems");

            migrationBuilder.DropTable(
                name: "AppraisalCouncils");

            migrationBuilder.DropTable(
                name: "PlanDecisions");
        }
    }
}
