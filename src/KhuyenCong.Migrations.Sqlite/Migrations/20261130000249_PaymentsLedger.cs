using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PaymentsLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AdvanceClearedDong",
                table: "ProjectDisbursements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ReversesId",
                table: "ProjectDisbursements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SettledSupportDong",
                table: "ProjectCostLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements",
                column: "ReversesId");

            migrationBuilder.AddForeignKey(
                name: "FK_ProjectDisbursements_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements",
                column: "ReversesId",
                principalTable: "ProjectDisbursements",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ProjectDisbursements_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropIndex(
                name: "IX_ProjectDisbursements_ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "AdvanceClearedDong",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "ReversesId",
                table: "ProjectDisbursements");

            migrationBuilder.DropColumn(
                name: "SettledSupportDong",
                table: "ProjectCostLines");
        }
    }
}
