using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EstimateHistoryBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every existing plan keeps its estimate and decision as the original entry of its estimate history.
            // Its own migration: on SQLite the YearlyCycle table rebuilds run last, and SQL must not come before them.
            migrationBuilder.Sql("INSERT INTO [EstimateRevisions] ([PlanId], [Sequence], [Estimate], [Change], [DecisionNumber], [DecisionDate], [Reason], [CreatedAtUtc], [CreatedBy], [UpdatedAtUtc], [UpdatedBy], [Version]) SELECT [Id], 0, [Estimate], [Estimate], [DecisionNumber], [DecisionDate], NULL, [CreatedAtUtc], [CreatedBy], [UpdatedAtUtc], [UpdatedBy], 0 FROM [AnnualPlans]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: YearlyCycle's Down drops the table.
        }
    }
}
