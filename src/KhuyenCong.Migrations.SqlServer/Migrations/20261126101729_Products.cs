using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Products : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Commendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Recipient = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SearchKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    RecipientOrganisation = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Form = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PeriodFrom = table.Column<int>(type: "int", nullable: false),
                    PeriodTo = table.Column<int>(type: "int", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commendations_AdministrativeUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Establishments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SearchKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LegalFormId = table.Column<int>(type: "int", nullable: false),
                    TaxCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AddressUnitId = table.Column<int>(type: "int", nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CraftVillage = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OwnerIsWoman = table.Column<bool>(type: "bit", nullable: false),
                    OwnerIsEthnicMinority = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Establishments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Establishments_AdministrativeUnits_AddressUnitId",
                        column: x => x.AddressUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Establishments_LegalForms_LegalFormId",
                        column: x => x.LegalFormId,
                        principalTable: "LegalForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Level = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Ordinal = table.Column<int>(type: "int", nullable: false),
                    Region = table.Column<int>(type: "int", nullable: true),
                    OrganiserId = table.Column<int>(type: "int", nullable: false),
                    ScopeUnitId = table.Column<int>(type: "int", nullable: true),
                    SubmissionOpens = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmissionCloses = table.Column<DateOnly>(type: "date", nullable: false),
                    PassThreshold = table.Column<int>(type: "int", nullable: false),
                    Quota = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DecisionNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductRounds_AdministrativeUnits_ScopeUnitId",
                        column: x => x.ScopeUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductRounds_Organisations_OrganiserId",
                        column: x => x.OrganiserId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProductRoundCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MaxScore = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    RoundId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRoundCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductRoundCriteria_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductRoundMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRoundMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductRoundMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductRoundMembers_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    IssueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductCertificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProductEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SearchKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    GroupId = table.Column<int>(type: "int", nullable: false),
                    EstablishmentId = table.Column<int>(type: "int", nullable: false),
                    LocationUnitId = table.Column<int>(type: "int", nullable: false),
                    ProvinceUnitId = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RegisteredByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PrerequisiteCertificateId = table.Column<int>(type: "int", nullable: true),
                    Eligibility = table.Column<int>(type: "int", nullable: false),
                    IneligibilityReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MeanScore = table.Column<double>(type: "float", nullable: true),
                    SheetCount = table.Column<int>(type: "int", nullable: false),
                    Recognised = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductEntries_AdministrativeUnits_LocationUnitId",
                        column: x => x.LocationUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductEntries_AdministrativeUnits_ProvinceUnitId",
                        column: x => x.ProvinceUnitId,
                        principalTable: "AdministrativeUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductEntries_Establishments_EstablishmentId",
                        column: x => x.EstablishmentId,
                        principalTable: "Establishments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductEntries_ProductCertificates_PrerequisiteCertificateId",
                        column: x => x.PrerequisiteCertificateId,
                        principalTable: "ProductCertificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductEntries_ProductGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "ProductGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProductEntries_ProductRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ProductRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductEntryAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsPhoto = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductEntryAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductEntryAttachments_ProductEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ProductEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductRecusals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    MemberUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductRecusals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductRecusals_ProductEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ProductEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    MemberUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Points = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductScoreSheets_ProductEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "ProductEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commendations_DecisionDate",
                table: "Commendations",
                column: "DecisionDate");

            migrationBuilder.CreateIndex(
                name: "IX_Commendations_SearchKey",
                table: "Commendations",
                column: "SearchKey");

            migrationBuilder.CreateIndex(
                name: "IX_Commendations_UnitId",
                table: "Commendations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Establishments_AddressUnitId",
                table: "Establishments",
                column: "AddressUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Establishments_LegalFormId",
                table: "Establishments",
                column: "LegalFormId");

            migrationBuilder.CreateIndex(
                name: "IX_Establishments_SearchKey",
                table: "Establishments",
                column: "SearchKey");

            migrationBuilder.CreateIndex(
                name: "IX_Establishments_TaxCode",
                table: "Establishments",
                column: "TaxCode",
                unique: true,
                filter: "[TaxCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ProductCertificates_EntryId",
                table: "ProductCertificates",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductCertificates_Number",
                table: "ProductCertificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_EstablishmentId",
                table: "ProductEntries",
                column: "EstablishmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_GroupId",
                table: "ProductEntries",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_LocationUnitId",
                table: "ProductEntries",
                column: "LocationUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_PrerequisiteCertificateId",
                table: "ProductEntries",
                column: "PrerequisiteCertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_ProvinceUnitId",
                table: "ProductEntries",
                column: "ProvinceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntries_RoundId_GroupId",
                table: "ProductEntries",
                columns: new[] { "RoundId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductEntryAttachments_EntryId",
                table: "ProductEntryAttachments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRecusals_EntryId_MemberUserId",
                table: "ProductRecusals",
                columns: new[] { "EntryId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductRoundCriteria_RoundId",
                table: "ProductRoundCriteria",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRoundMembers_RoundId_UserId",
                table: "ProductRoundMembers",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductRoundMembers_UserId",
                table: "ProductRoundMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRounds_OrganiserId",
                table: "ProductRounds",
                column: "OrganiserId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRounds_ScopeUnitId",
                table: "ProductRounds",
                column: "ScopeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductRounds_Year_Level",
                table: "ProductRounds",
                columns: new[] { "Year", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductScoreSheets_EntryId_MemberUserId",
                table: "ProductScoreSheets",
                columns: new[] { "EntryId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductScoreSheets_MemberUserId",
                table: "ProductScoreSheets",
                column: "MemberUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProductCertificates_ProductEntries_EntryId",
                table: "ProductCertificates",
                column: "EntryId",
                principalTable: "ProductEntries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProductCertificates_ProductEntries_EntryId",
                table: "ProductCertificates");

            migrationBuilder.DropTable(
                name: "Commendations");

            migrationBuilder.DropTable(
                name: "ProductEntryAttachments");

            migrationBuilder.DropTable(
                name: "ProductRecusals");

            migrationBuilder.DropTable(
                name: "ProductRoundCriteria");

            migrationBuilder.DropTable(
                name: "ProductRoundMembers");

            migrationBuilder.DropTable(
                name: "ProductScoreSheets");

            migrationBuilder.DropTable(
                name: "ProductEntries");

            migrationBuilder.DropTable(
                name: "Establishments");

            migrationBuilder.DropTable(
                name: "ProductCertificates");

            migrationBuilder.DropTable(
                name: "ProductRounds");
        }
    }
}
