using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Reform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A rename, not a new column: the scaffold paired the old column with Multiplier by type.
            migrationBuilder.RenameColumn(
                name: "CapPerEstablishmentDong",
                table: "SupportCaps",
                newName: "CapAmountDong");

            migrationBuilder.AddColumn<int>(
                name: "Multiplier",
                table: "SupportCaps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Condition",
                table: "SupportCaps",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LegalArticle",
                table: "SupportCaps",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalInstrument",
                table: "SupportCaps",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsCompleteProductionLine",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsNewEnterpriseInDisadvantagedArea",
                table: "Projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OnBehalfOfName",
                table: "ProjectHistory",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OnBehalfOfOrganisationId",
                table: "ProjectHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationId",
                table: "ProjectHistory",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationName",
                table: "ProjectHistory",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OrganisationFormerNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationFormerNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationFormerNames_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationSuccessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationSuccessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationSuccessions_Organisations_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationSuccessions_Organisations_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductRoundProvinces",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRoundProvinces", x => new { x.RoundId, x.ProvinceUnitId });
                    table.ForeignKey(
                        name: "FK_ProductRoundProvinces_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductRoundProvinces_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationFormerNames_OrganisationId",
                table: "OrganisationFormerNames",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSuccessions_PredecessorId_SuccessorId",
                table: "OrganisationSuccessions",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationSuccessions_SuccessorId",
                table: "OrganisationSuccessions",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRoundProvinces_ProvinceUnitId",
                table: "ProductRoundProvinces",
                column: "ProvinceUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganisationFormerNames");

            migrationBuilder.DropTable(
                name: "OrganisationSuccessions");

            migrationBuilder.DropTable(
                name: "ProductRoundProvinces");

            migrationBuilder.DropColumn(
                name: "Multiplier",
                table: "SupportCaps");

            migrationBuilder.DropColumn(
                name: "Condition",
                table: "SupportCaps");

            migrationBuilder.DropColumn(
                name: "LegalArticle",
                table: "SupportCaps");

            migrationBuilder.DropColumn(
                name: "LegalInstrument",
                table: "SupportCaps");

            migrationBuilder.DropColumn(
                name: "IsCompleteProductionLine",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "IsNewEnterpriseInDisadvantagedArea",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfName",
                table: "ProjectHistory");

            migrationBuilder.DropColumn(
                name: "OnBehalfOfOrganisationId",
                table: "ProjectHistory");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                table: "ProjectHistory");

            migrationBuilder.DropColumn(
                name: "OrganisationName",
                table: "ProjectHistory");

            migrationBuilder.RenameColumn(
                name: "CapAmountDong",
                table: "SupportCaps",
                newName: "CapPerEstablishmentDong");
        }
    }
}
