using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationLetterhead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LetterheadHeadName",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadHeadTitle",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadIssuingAgency",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadPlace",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadPreparerTitle",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadSuperiorAgency",
                table: "Organisations",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LetterheadHeadName",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LetterheadHeadTitle",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LetterheadIssuingAgency",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LetterheadPlace",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LetterheadPreparerTitle",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "LetterheadSuperiorAgency",
                table: "Organisations");
        }
    }
}
