using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistrationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationIndicativeFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountDong = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationIndicativeFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationIndicativeFigures_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationIndicativeFigures_RegistrationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "RegistrationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackages_RegistrationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "RegistrationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationSubmissions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PackageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    LetterNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LetterDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LetterFileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    LetterContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LetterSize = table.Column<long>(type: "INTEGER", nullable: false),
                    LetterStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationSubmissions_RegistrationPackages_PackageId",
                        column: x => x.PackageId,
                        principalTable: "RegistrationPackages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackageRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SubmissionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityContentId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Implementer = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TotalCostDong = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedSupportDong = table.Column<long>(type: "INTEGER", nullable: false),
                    RecommendedSupportDong = table.Column<long>(type: "INTEGER", nullable: false),
                    BaseScore = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackageRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageRows_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageRows_RegistrationSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "RegistrationSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationPackageBeneficiaries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RowId = table.Column<long>(type: "INTEGER", nullable: false),
                    EstablishmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationPackageBeneficiaries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationPackageBeneficiaries_RegistrationPackageRows_RowId",
                        column: x => x.RowId,
                        principalTable: "RegistrationPackageRows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationIndicativeFigures_ProvinceUnitId",
                table: "RegistrationIndicativeFigures",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationIndicativeFigures_RoundId_ProvinceUnitId",
                table: "RegistrationIndicativeFigures",
                columns: new[] { "RoundId", "ProvinceUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_EstablishmentId",
                table: "RegistrationPackageBeneficiaries",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_RowId",
                table: "RegistrationPackageBeneficiaries",
                column: "RowId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageBeneficiaries_TaxCode",
                table: "RegistrationPackageBeneficiaries",
                column: "TaxCode");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageRows_ProjectId",
                table: "RegistrationPackageRows",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackageRows_SubmissionId",
                table: "RegistrationPackageRows",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_OrganisationId",
                table: "RegistrationPackages",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_ProvinceUnitId",
                table: "RegistrationPackages",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationPackages_RoundId_ProvinceUnitId",
                table: "RegistrationPackages",
                columns: new[] { "RoundId", "ProvinceUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationRounds_Year",
                table: "RegistrationRounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationSubmissions_PackageId_Number",
                table: "RegistrationSubmissions",
                columns: new[] { "PackageId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistrationIndicativeFigures");

            migrationBuilder.DropTable(
                name: "RegistrationPackageBeneficiaries");

            migrationBuilder.DropTable(
                name: "RegistrationPackageRows");

            migrationBuilder.DropTable(
                name: "RegistrationSubmissions");

            migrationBuilder.DropTable(
                name: "RegistrationPackages");

            migrationBuilder.DropTable(
                name: "RegistrationRounds");
        }
    }
}
