using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadHeadTitle",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadIssuingAgency",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadPlace",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadPreparerTitle",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LetterheadSuperiorAgency",
                table: "Organisations",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocumentTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TemplateVersion = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Withdrawn = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    Part = table.Column<int>(type: "int", nullable: true),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    TemplateId = table.Column<int>(type: "int", nullable: true),
                    TemplateLabel = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GeneratedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    GeneratedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SignedNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SignedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
