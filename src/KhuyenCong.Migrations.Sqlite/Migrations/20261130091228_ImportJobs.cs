using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ImportJobs : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
