using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_LocationUnitId",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LocationUnitId_Status",
                table: "Projects",
                columns: new[] { "LocationUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Status_Code_Fund_ImplementingOrganisationId",
                table: "Projects",
                columns: new[] { "Status", "Code", "Fund", "ImplementingOrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Year_Code",
                table: "Projects",
                columns: new[] { "Year", "Code" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_LocationUnitId_Status",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Status_Code_Fund_ImplementingOrganisationId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Year_Code",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LocationUnitId",
                table: "Projects",
                column: "LocationUnitId");
        }
    }
}
