using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ExportJobsAndSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_ProvinceCode",
                table: "Projects");

            migrationBuilder.CreateTable(
                name: "DataChangeCounter",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataChangeCounter", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportJobs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Parameters = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    Progress = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    LeaseToken = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    LeaseUntilUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    Error = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportJobs", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DataChangeCounter",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ProvinceCode_Status_Code",
                table: "Projects",
                columns: new[] { "ProvinceCode", "Status", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ProvinceCode_Year_Code",
                table: "Projects",
                columns: new[] { "ProvinceCode", "Year", "Code" },
                descending: new[] { false, true, false });

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_State_LeaseUntilUtc",
                table: "ExportJobs",
                columns: new[] { "State", "LeaseUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ExportJobs_UserId_CreatedAtUtc",
                table: "ExportJobs",
                columns: new[] { "UserId", "CreatedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataChangeCounter");

            migrationBuilder.DropTable(
                name: "ExportJobs");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ProvinceCode_Status_Code",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_ProvinceCode_Year_Code",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_ProvinceCode",
                table: "Projects",
                column: "ProvinceCode");
        }
    }
}
