using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProductDecisionAndNominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NominationQuota",
                table: "ProductRounds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuorumExceptionByUserId",
                table: "ProductRounds",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "QuorumExceptionDate",
                table: "ProductRounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumExceptionMissingSheets",
                table: "ProductRounds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "QuorumExceptionReason",
                table: "ProductRounds",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TieBreakReason",
                table: "ProductRounds",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProductNominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    NominatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    LetterStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LetterContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LetterSizeBytes = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductNominations_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_Organisations_NominatorId",
                        column: x => x.NominatorId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominations_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductNominationItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    CertificateId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductNominationItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductCertificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "ProductCertificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ProductEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductNominationItems_ProductNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ProductNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_CertificateId",
                table: "ProductNominationItems",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_EntryId",
                table: "ProductNominationItems",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominationItems_NominationId_CertificateId",
                table: "ProductNominationItems",
                columns: new[] { "NominationId", "CertificateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_NominatorId",
                table: "ProductNominations",
                column: "NominatorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_ProvinceUnitId",
                table: "ProductNominations",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_RoundId_UnitId",
                table: "ProductNominations",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductNominations_UnitId",
                table: "ProductNominations",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProductNominationItems");

            migrationBuilder.DropTable(
                name: "ProductNominations");

            migrationBuilder.DropColumn(
                name: "NominationQuota",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionByUserId",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionDate",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionMissingSheets",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "QuorumExceptionReason",
                table: "ProductRounds");

            migrationBuilder.DropColumn(
                name: "TieBreakReason",
                table: "ProductRounds");
        }
    }
}
