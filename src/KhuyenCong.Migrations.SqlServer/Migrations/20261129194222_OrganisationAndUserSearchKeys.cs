using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationAndUserSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "Organisations",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchKey",
                table: "AspNetUsers",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_Kind_SearchKey",
                table: "Organisations",
                columns: new[] { "Kind", "SearchKey" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_SearchKey",
                table: "AspNetUsers",
                column: "SearchKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organisations_Kind_SearchKey",
                table: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_SearchKey",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "SearchKey",
                table: "AspNetUsers");
        }
    }
}
