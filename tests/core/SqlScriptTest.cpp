#include "project/SqlScript.h"

#include <gtest/gtest.h>

TEST(SqlScript, SplitsOnStatementsNotOnEverySemicolon)
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  UPDATE a SET x = 'y;z';\n"
        "  DELETE FROM a WHERE x = ';';\n"
        "END;\n"
        "INSERT INTO a VALUES ('q');");
    const QStringList statements = SqlScript::split(script);
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END;")));
    EXPECT_EQ(statements[2], QStringLiteral("INSERT INTO a VALUES ('q');"));
}
