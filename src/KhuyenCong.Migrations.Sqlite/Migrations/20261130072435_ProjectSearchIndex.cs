using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhuyenCong.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSearchIndex : Migration
    {
        /// <summary>
        /// Hand-written (issue 16): the projects' text search index, FTS5 with the trigram tokenizer over the stored
        /// search key (accents and case already folded) and the code, reading its text from Projects (external
        /// content) and kept in step by triggers; filled once from the existing rows. A later migration that
        /// rebuilds the Projects table drops these triggers: ProjectSearchIndexTests fails until they are re-created.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE \"ProjectSearch\" USING fts5(\"SearchKey\", \"Code\", " +
                "content='Projects', content_rowid='Id', tokenize='trigram');");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"Projects_Search_Insert\" AFTER INSERT ON \"Projects\" BEGIN " +
                "INSERT INTO \"ProjectSearch\"(rowid, \"SearchKey\", \"Code\") VALUES (new.\"Id\", new.\"SearchKey\", new.\"Code\"); " +
                "END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"Projects_Search_Delete\" AFTER DELETE ON \"Projects\" BEGIN " +
                "INSERT INTO \"ProjectSearch\"(\"ProjectSearch\", rowid, \"SearchKey\", \"Code\") " +
                "VALUES ('delete', old.\"Id\", old.\"SearchKey\", old.\"Code\"); " +
                "END;");
            migrationBuilder.Sql(
                "CREATE TRIGGER \"Projects_Search_Update\" AFTER UPDATE OF \"SearchKey\", \"Code\" ON \"Projects\" BEGIN " +
                "INSERT INTO \"ProjectSearch\"(\"ProjectSearch\", rowid, \"SearchKey\", \"Code\") " +
                "VALUES ('delete', old.\"Id\", old.\"SearchKey\", old.\"Code\"); " +
                "INSERT INTO \"ProjectSearch\"(rowid, \"SearchKey\", \"Code\") VALUES (new.\"Id\", new.\"SearchKey\", new.\"Code\"); " +
                "END;");
            migrationBuilder.Sql("INSERT INTO \"ProjectSearch\"(\"ProjectSearch\") VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Projects_Search_Insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Projects_Search_Delete\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Projects_Search_Update\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"ProjectSearch\";");
        }
    }
}
