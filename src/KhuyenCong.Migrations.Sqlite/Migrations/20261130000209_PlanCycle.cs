using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsClosed",
                table: "AnnualPlans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AllocationProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AllocationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "EstimateRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Estimate = table.Column<long>(type: "INTEGER", nullable: false),
                    Change = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PlanYearEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "PlanYearUnspentBalances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientId = table.Column<int>(type: "INTEGER", nullable: false),
                    Allocated = table.Column<long>(type: "INTEGER", nullable: false),
                    Disbursed = table.Column<long>(type: "INTEGER", nullable: false),
                    Disposition = table.Column<int>(type: "INTEGER", nullable: false)
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

            // Every existing plan's estimate becomes its original entry, with the decision it carries today.
            migrationBuilder.Sql("INSERT INTO \"EstimateRevisions\" (\"PlanId\", \"Sequence\", \"Estimate\", \"Change\", \"DecisionNumber\", \"DecisionDate\", \"Reason\", \"CreatedAtUtc\", \"CreatedBy\", \"UpdatedAtUtc\", \"UpdatedBy\", \"Version\") SELECT \"Id\", 0, \"Estimate\", \"Estimate\", \"DecisionNumber\", \"DecisionDate\", NULL, \"CreatedAtUtc\", \"CreatedBy\", \"UpdatedAtUtc\", \"UpdatedBy\", 0 FROM \"AnnualPlans\"");

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
                name: "IX_EstimateRevisions_PlanId_Sequence",
                table: "EstimateRevisions",
                columns: new[] { "PlanId", "Sequence" },
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllocationProjects");

            migrationBuilder.DropTable(
                name: "EstimateRevisions");

            migrationBuilder.DropTable(
                name: "PlanYearUnspentBalances");

            migrationBuilder.DropTable(
                name: "PlanYearEvents");

            migrationBuilder.DropColumn(
                name: "IsClosed",
                table: "AnnualPlans");
        }
    }
}
