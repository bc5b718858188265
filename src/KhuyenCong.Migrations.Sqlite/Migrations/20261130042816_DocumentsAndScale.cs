using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsAndScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_LocationUnitId",
                table: "Projects");

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

            migrationBuilder.CreateTable(
                name: "DocumentTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Withdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentTemplates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GeneratedDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: true),
                    TemplateLabel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SignedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GeneratedDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_DocumentTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "DocumentTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GeneratedDocuments_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_DocumentTemplates_OrganisationId_Kind_TemplateVersion",
                table: "DocumentTemplates",
                columns: new[] { "OrganisationId", "Kind", "TemplateVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_Kind_SubjectId",
                table: "GeneratedDocuments",
                columns: new[] { "Kind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_OrganisationId",
                table: "GeneratedDocuments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_GeneratedDocuments_TemplateId",
                table: "GeneratedDocuments",
                column: "TemplateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GeneratedDocuments");

            migrationBuilder.DropTable(
                name: "DocumentTemplates");

            migrationBuilder.DropIndex(
                name: "IX_Projects_LocationUnitId_Status",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Status_Code_Fund_ImplementingOrganisationId",
                table: "Projects");

            migrationBuilder.DropIndex(
                name: "IX_Projects_Year_Code",
                table: "Projects");

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

            migrationBuilder.CreateIndex(
                name: "IX_Projects_LocationUnitId",
                table: "Projects",
                column: "LocationUnitId");
        }
    }
}
