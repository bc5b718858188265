using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class JobsFormsAndSeeding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Category",
                table: "ExportJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "InputName",
                table: "ExportJobs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Result",
                table: "ExportJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OfficialForms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Instrument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficialForms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeedingStates",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedingStates", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Status_Fund_Code",
                table: "Projects",
                columns: new[] { "Status", "Fund", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficialForms_Key_ValidFrom",
                table: "OfficialForms",
                columns: new[] { "Key", "ValidFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficialForms");

            migrationBuilder.DropTable(
                name: "SeedingStates");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Status_Fund_Code",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "ExportJobs");

            migrationBuilder.DropColumn(
                name: "InputName",
                table: "ExportJobs");

            migrationBuilder.DropColumn(
                name: "Result",
                table: "ExportJobs");
        }
    }
}
