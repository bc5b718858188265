using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSearchIndex : Migration
    {
        /// <summary>
        /// Hand-written (issue 16): the projects' text search on SQL Server is a substring test on the stored search
        /// key (accents and case already folded), as on SQLite; this narrow index makes it a scan of the keys and
        /// codes alone instead of the whole table. Not a full-text index: that matches words and word prefixes, not
        /// the inner substrings the list promises, and Full-Text Search is an optional feature of the server.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE INDEX [IX_Projects_SearchKey] ON [Projects] ([SearchKey]) INCLUDE ([Code]);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX [IX_Projects_SearchKey] ON [Projects];");
        }
    }
}
