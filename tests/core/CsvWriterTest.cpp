#include "io/CsvWriter.h"

#include "io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList cells(std::initializer_list<const char*> values)
{
    QStringList result;
    for (const char* value : values)
        result.append(QString::fromUtf8(value));
    return result;
}

} // namespace

TEST(CsvWriter, QuotesOnlyWhenNeededAndEndsRowsWithCrlf)
{
    const CsvWriter writer;
    EXPECT_EQ(writer.encodeRow(cells({ "LV-1", "Nordbank Rīga", "56.9" })),
              QByteArray("LV-1,Nordbank R\xC4\xAB"
                         "ga,56.9\r\n"));
    EXPECT_EQ(writer.encodeRow(cells({ "a,b", "say \"hi\"", "two\nlines", " padded", "" })),
              QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n"));
    // A single empty field is written as "" so the row is not an empty line.
    EXPECT_EQ(writer.encodeRow({ QString() }), QByteArray("\"\"\r\n"));
}

TEST(CsvWriter, QuotesForTheChosenDelimiter)
{
    CsvWriter writer;
    writer.setDelimiter(';');
    EXPECT_EQ(writer.encodeRow(cells({ "56,9496", "a;b" })), QByteArray("56,9496;\"a;b\"\r\n"));
    writer.setDelimiter('\t');
    EXPECT_EQ(writer.encodeRow(cells({ "a\tb", "c" })), QByteArray("\"a\tb\"\tc\r\n"));
}

TEST(CsvWriter, NeutralisesFormulaLookingCells)
{
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("=cmd|' /C calc'!A0")),
              QStringLiteral("'=cmd|' /C calc'!A0"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("+1+1")), QStringLiteral("'+1+1"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("@SUM(A1:A9)")), QStringLiteral("'@SUM(A1:A9)"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("\r=1")), QStringLiteral("'\r=1"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("+371 67 123 456")), QStringLiteral("'+371 67 123 456"));
    // Plain signed numbers stay numbers; text elsewhere is untouched.
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("-12.5")), QStringLiteral("-12.5"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("+3")), QStringLiteral("+3"));
    EXPECT_EQ(CsvWriter::neutralised(QStringLiteral("a=b")), QStringLiteral("a=b"));
    EXPECT_EQ(CsvWriter::neutralised(QString()), QString());
}

TEST(CsvWriter, ExportOfHostileCellsNeverStartsACellWithAFormula)
{
    const auto table = CsvReader().readFile(QStringLiteral(SHOPSCOPE_CSV_DATA "/formula-cells.csv"), nullptr);
    ASSERT_TRUE(table);
    QList<QStringList> rows { table->header };
    rows.append(table->rows);
    const QByteArray bytes = CsvWriter().toBytes(rows);
    EXPECT_EQ(bytes,
              QByteArray("code,name,notes\r\n"
                         "F-1,'=cmd|' /C calc'!A0,plain\r\n"
                         "F-2,'+1+1,'-2+3\r\n"
                         "F-3,'@SUM(A1:A9),\"'=HYPERLINK(\"\"http://example.com\"\")\"\r\n"
                         "F-4,-12.5,'+371 67 123 456\r\n"));

    CsvWriter raw;
    raw.setNeutraliseFormulas(false);
    EXPECT_EQ(raw.encodeRow(cells({ "=1+1" })), QByteArray("=1+1\r\n"));
}

TEST(CsvWriter, ByteOrderMarkForExcelAndRoundTrip)
{
    CsvWriter writer;
    writer.setByteOrderMark(true);
    writer.setDelimiter(';');
    const QList<QStringList> rows = {
        cells({ "code", "name", "notes" }),
        cells({ "LV-RIX-1", "Nordbank Rīga \"Centrs\"", "  spaces kept  " }),
        cells({ "LT-SIA-2", "Šiauliai; Tilžės g.", "line one\nline two" }),
        cells({ "PL-LDZ-3", "Łódź", "" }),
    };
    const QByteArray bytes = writer.toBytes(rows);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "code;name;notes\r\n"));

    QList<CsvProblem> problems;
    const auto table = CsvReader().readBytes(bytes, &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.encoding, "UTF-8");
    EXPECT_EQ(table->dialect.delimiter, ';');
    EXPECT_EQ(table->header, rows[0]);
    EXPECT_EQ(table->rows, rows.mid(1));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 5 }));
}

TEST(CsvWriter, WritesAFileAllOrNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QString error;
    CsvWriter writer;
    ASSERT_TRUE(writer.writeFile(path, { cells({ "code" }), cells({ "A-1" }) }, &error))
        << error.toStdString();
    EXPECT_EQ(readAll(path), QByteArray("code\r\nA-1\r\n"));

    // A cancelled export leaves the previous file as it was, and no temporary file behind.
    ASSERT_TRUE(writer.open(path, &error));
    EXPECT_TRUE(writer.writeRow(cells({ "something else" })));
    writer.cancel();
    EXPECT_EQ(readAll(path), QByteArray("code\r\nA-1\r\n"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("export.csv") });

    // A folder that does not exist: an error naming the file.
    const QString nowhere = dir.filePath(QStringLiteral("missing/export.csv"));
    EXPECT_FALSE(writer.writeFile(nowhere, { cells({ "code" }) }, &error));
    EXPECT_TRUE(error.contains(nowhere)) << error.toStdString();
    EXPECT_FALSE(writer.writeRow(cells({ "x" })));
}
