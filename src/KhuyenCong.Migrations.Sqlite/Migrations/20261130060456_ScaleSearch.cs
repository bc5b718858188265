using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaleSearch : Migration
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataChangeCounter", x => x.Id);
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataChangeCounter");

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
