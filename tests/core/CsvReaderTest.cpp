#include "io/CsvReader.h"

#include "io/CsvWriter.h"

#include <QFile>
#include <QStringEncoder>
#include <gtest/gtest.h>

namespace {

QString corpusPath(const char* name)
{
    return QStringLiteral(SHOPSCOPE_CSV_DATA "/") + QLatin1String(name);
}

// Reads a corpus file with the sniffed dialect.
std::optional<CsvTable> readCorpus(const char* name, QList<CsvProblem>* problems)
{
    return CsvReader().readFile(corpusPath(name), problems);
}

QStringList list(std::initializer_list<const char16_t*> cells)
{
    QStringList result;
    for (const char16_t* cell : cells)
        result.append(QString::fromUtf16(cell));
    return result;
}

using Severity = CsvProblem::Severity;

} // namespace

// --- encodings and delimiters --------------------------------------------------------------

TEST(CsvReader, ReadsUtf8LocationsWithTheirNames)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("locations-utf8.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.encoding, "UTF-8");
    EXPECT_EQ(table->dialect.delimiter, ',');
    EXPECT_EQ(table->header,
              list({ u"code", u"name", u"city", u"country", u"latitude", u"longitude", u"manager" }));
    ASSERT_EQ(table->rowCount(), 7);
    EXPECT_EQ(table->rows[0][6], QStringLiteral("Jānis Bērziņš"));
    EXPECT_EQ(table->rows[2][1], QStringLiteral("Nordbank Šiauliai, Tilžės g."));
    EXPECT_EQ(table->rows[2][6], QStringLiteral("Žydrūnas Čepulis"));
    EXPECT_EQ(table->rows[3][6], QStringLiteral("Łukasz Wróbel"));
    EXPECT_EQ(table->rows[4][6], QStringLiteral("Zofia Jędrzejczyk"));
    EXPECT_EQ(table->rows[5][6], QStringLiteral("Åsa Öberg"));
    EXPECT_EQ(table->rows[6][6], QStringLiteral("Bjørn Ærø-Hansen"));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4, 5, 6, 7, 8 }));
    EXPECT_EQ(table->headerLine, 1);
    EXPECT_EQ(table->columnOf(QStringLiteral("Manager")), 6);
}

TEST(CsvReader, ReadsUtf8WithBomSemicolonsAndDecimalCommas)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("locations-utf8-bom-semicolon.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.delimiter, ';');
    EXPECT_TRUE(table->dialect.decimalComma);
    EXPECT_EQ(table->header.first(), QStringLiteral("code")); // no BOM left in the first cell
    ASSERT_EQ(table->rowCount(), 5);
    EXPECT_EQ(table->rows[2][2], QStringLiteral("Pärnu"));
    EXPECT_EQ(table->rows[2][4], QStringLiteral("58,3859"));
    EXPECT_EQ(table->rows[3][1], QStringLiteral("Nordbank Liepāja"));
    EXPECT_EQ(table->rows[4][1], QStringLiteral("Nordbank Kaunas; Laisvės al."));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4, 5, 6 }));
}

TEST(CsvReader, ReadsExcelUnicodeText)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("locations-excel-unicode.txt", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.encoding, "UTF-16LE");
    EXPECT_EQ(table->dialect.delimiter, '\t');
    EXPECT_EQ(table->header.size(), 7);
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->rows[0][1], QStringLiteral("Nordbank Warszawa Świętokrzyska"));
    EXPECT_EQ(table->rows[0][6], QStringLiteral("Open Saturdays\n10:00–14:00"));
    EXPECT_EQ(table->rows[1][2], QStringLiteral("Wrocław"));
    EXPECT_EQ(table->rows[1][6], QStringLiteral("Entrance from \"Rynek\" side"));
    EXPECT_EQ(table->rows[2][6], QString());
    // The first row spans lines 2 and 3.
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 4, 5 }));
}

TEST(CsvReader, ReadsWindows1252NordicNames)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("locations-windows1252.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.encoding, "windows-1252");
    EXPECT_EQ(table->dialect.delimiter, ';');
    EXPECT_TRUE(table->dialect.decimalComma);
    ASSERT_EQ(table->rowCount(), 6);
    EXPECT_EQ(table->rows[0][2], QStringLiteral("Malmö"));
    EXPECT_EQ(table->rows[1][6], QStringLiteral("Bjørn Ødegård"));
    EXPECT_EQ(table->rows[2][2], QStringLiteral("Ærøskøbing"));
    EXPECT_EQ(table->rows[2][6], QStringLiteral("Søren Kjær"));
    EXPECT_EQ(table->rows[4][6], QStringLiteral("Øystein Løvås"));
    EXPECT_EQ(table->rows[5][2], QStringLiteral("Jönköping"));
}

TEST(CsvReader, ReadsWindows1257BalticNames)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("locations-windows1257.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.encoding, "windows-1257");
    EXPECT_EQ(table->dialect.delimiter, ';');
    EXPECT_TRUE(table->dialect.decimalComma);
    ASSERT_EQ(table->rowCount(), 8);
    EXPECT_EQ(table->rows[0][2], QStringLiteral("Rīga"));
    EXPECT_EQ(table->rows[0][6], QStringLiteral("Jānis Bērziņš"));
    EXPECT_EQ(table->rows[1][2], QStringLiteral("Jūrmala"));
    EXPECT_EQ(table->rows[1][6], QStringLiteral("Ģirts Ķēniņš"));
    EXPECT_EQ(table->rows[2][2], QStringLiteral("Šiauliai"));
    EXPECT_EQ(table->rows[2][6], QStringLiteral("Žydrūnas Čepulis"));
    EXPECT_EQ(table->rows[3][6], QStringLiteral("Rūta Kazlauskienė"));
    EXPECT_EQ(table->rows[4][6], QStringLiteral("Mart Põder"));
    EXPECT_EQ(table->rows[5][2], QStringLiteral("Pärnu"));
    EXPECT_EQ(table->rows[6][6], QStringLiteral("Eglė Šimkutė"));
    EXPECT_EQ(table->rows[7][1], QStringLiteral("Nordbank Liepāja Lielā iela"));
}

TEST(CsvReader, ReadsPipeDelimitedFileWithoutHeader)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("shoppers-pipe-noheader.txt", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.delimiter, '|');
    EXPECT_FALSE(table->dialect.hasHeader);
    EXPECT_TRUE(table->header.isEmpty());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->columnCount(), 5);
    EXPECT_EQ(table->rows[0][0], QStringLiteral("SH-0001"));
    EXPECT_EQ(table->rows[3][1], QStringLiteral("Paweł Żółć"));
    EXPECT_EQ(table->rows[3][3], QStringLiteral("Łódź"));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 1, 2, 3, 4 }));
}

TEST(CsvReader, ReadsTabSeparatedUtf8)
{
    const auto table = readCorpus("visits-tab.tsv", nullptr);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->dialect.delimiter, '\t');
    EXPECT_FALSE(table->dialect.decimalComma);
    EXPECT_EQ(table->header, list({ u"visit", u"location", u"date", u"score" }));
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->rows[1][3], QStringLiteral("91.25"));
}

TEST(CsvReader, UserChosenCp949DecodesKoreanSurvey)
{
    CsvDialect dialect;
    dialect.encoding = "CP949";
    QList<CsvProblem> problems;
    const auto table = CsvReader(dialect).readFile(corpusPath("kiosk-kservqual-cp949.csv"), &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty()) << problems.value(0).toString().toStdString();
    EXPECT_EQ(table->header.size(), 163);
    EXPECT_EQ(table->header.first(), QStringLiteral("귀하의 성별을 선택해주세요."));
    EXPECT_EQ(table->rowCount(), 211);
}

// --- quoting, line endings, blank rows -------------------------------------------------------

TEST(CsvReader, QuotedLineBreaksDoubledQuotesAndTrimming)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("quoted-fields.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->rows[0], list({ u"Q-1", u"Nordbank \"Centrs\"", u"line one\nline two" }));
    // Spaces outside quotes go, spaces inside quotes stay.
    EXPECT_EQ(table->rows[1], list({ u"Q-2", u"Padded name", u"  kept inside  " }));
    // A CRLF inside quotes comes back as \n.
    EXPECT_EQ(table->rows[2], list({ u"Q-3", u"Multi\nline\nname", u"plain" }));
    EXPECT_EQ(table->rows[3], list({ u"Q-4", u"", u"a, b, c" }));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 4, 5, 8 }));
}

TEST(CsvReader, ExcelExportWithCrlfAndTrailingEmptyRowsHasOnlyItsRows)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("excel-export-crlf.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->header.size(), 5);
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->rows[2][1], QStringLiteral("Nordbank Oslo Karl Johan"));
    EXPECT_EQ(table->rows[2][4], QStringLiteral("2018-01-08")); // no \r left at the end of a row
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4 }));
}

TEST(CsvReader, MixedLineEndingsAreAccepted)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("mixed-line-endings.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->rows[1], list({ u"M-2", u"Tartu" }));
    EXPECT_EQ(table->rows[2], list({ u"M-3", u"Kaunas" }));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4, 5 }));
}

TEST(CsvReader, PieceBoundariesSplitNeitherCrlfNorCharacters)
{
    // Reading goes in 1 MiB pieces: put a CRLF and a two-byte character across the boundaries.
    const qsizetype piece = 1024 * 1024;
    QByteArray bytes = "code,notes\r\n";
    bytes += "A-1,";
    bytes += QByteArray(piece - bytes.size() - 1, 'x');
    bytes += "\r\nA-2,R";
    bytes += QByteArray(2 * piece - bytes.size() - 1, 'y');
    bytes += "\xC4\xAB"
             "ga\r\nA-3,end\r\n"; // ī split over the second boundary
    CsvReader reader(CsvDialect { ',', '"', true, "UTF-8", false });
    reader.setMaxFieldBytes(4 * piece);
    QList<CsvProblem> problems;
    const auto table = reader.readBytes(bytes, &problems, QStringLiteral("pieces.csv"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_TRUE(table->rows[1][1].endsWith(QStringLiteral("yīga")));
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4 }));
}

TEST(CsvReader, HeaderOnlyGivesAnEmptyTableAndAWarning)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("header-only.csv", &problems);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->header, list({ u"code", u"name", u"city", u"country" }));
    EXPECT_EQ(table->rowCount(), 0);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].severity, Severity::Warning);
    EXPECT_EQ(problems[0].message, QStringLiteral("the file has a header but no rows"));
}

// --- broken and hostile files ----------------------------------------------------------------

TEST(CsvReader, EmptyFileIsRefused)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(readCorpus("empty.csv", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].severity, Severity::Fatal);
    EXPECT_EQ(problems[0].line, 0);
    EXPECT_EQ(problems[0].message, QStringLiteral("the file is empty"));
    EXPECT_EQ(problems[0].toString(), corpusPath("empty.csv") + QStringLiteral(": the file is empty"));
}

TEST(CsvReader, FileOfEmptyLinesIsRefused)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(readCorpus("blank-lines-only.csv", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("the file holds no rows, only empty lines"));
}

TEST(CsvReader, NulByteNamesItsLine)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(readCorpus("nul-bytes.csv", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].severity, Severity::Fatal);
    EXPECT_EQ(problems[0].line, 12);
    EXPECT_EQ(problems[0].message, QStringLiteral("line 12 contains a NUL byte: is this a binary file?"));
}

TEST(CsvReader, UnterminatedQuoteNamesWhereTheFieldStarts)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(readCorpus("unterminated-quote.csv", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 4);
    EXPECT_EQ(problems[0].column, 2);
    EXPECT_EQ(problems[0].message,
              QStringLiteral("the quoted field starting on line 4 (column 2) has no closing quote"));
}

TEST(CsvReader, StrayQuoteNamesItsPlace)
{
    QList<CsvProblem> problems;
    CsvDialect dialect;
    EXPECT_FALSE(CsvReader(dialect).readFile(corpusPath("malformed-quote.csv"), &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 2);
    EXPECT_TRUE(problems[0].message.startsWith(
        QStringLiteral("line 3, column 2: a quote inside a field that is not quoted")));
    // The sniffer still finds the comma.
    EXPECT_FALSE(readCorpus("malformed-quote.csv", nullptr));
}

TEST(CsvReader, RaggedRowsAreReportedAndLeftOutNotPadded)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("ragged-rows.csv", &problems);
    ASSERT_TRUE(table);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[0].severity, Severity::Error);
    EXPECT_EQ(problems[0].line, 7);
    EXPECT_EQ(problems[0].column, 0);
    EXPECT_EQ(problems[0].message, QStringLiteral("line 7 has 5 fields, the header has 6"));
    EXPECT_EQ(problems[1].line, 9);
    EXPECT_EQ(problems[1].message, QStringLiteral("line 9 has 7 fields, the header has 6"));
    EXPECT_EQ(table->rowCount(), 7);
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 3, 4, 5, 6, 8, 10 }));
    for (const QStringList& row : table->rows)
        EXPECT_EQ(row.size(), 6);
}

TEST(CsvReader, OneFieldRowSaysField)
{
    QList<CsvProblem> problems;
    const auto table = CsvReader(CsvDialect { ',', '"', false, "UTF-8", false })
                           .readBytes("a,b\nc\n", &problems, QStringLiteral("x.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("line 2 has 1 field, the first row has 2"));
}

TEST(CsvReader, FieldOverOneMebibyteIsReportedWithItsPlace)
{
    QList<CsvProblem> problems;
    const auto table = readCorpus("big-field.csv", &problems);
    ASSERT_TRUE(table);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].severity, Severity::Error);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].column, 3);
    EXPECT_EQ(problems[0].message,
              QStringLiteral("line 3, column 3: field too long (2.0 MiB; at most 1.0 MiB)"));
    EXPECT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->lines, (QList<qsizetype> { 2, 4 }));
}

TEST(CsvReader, TenMegabyteUnquotedFieldIsReported)
{
    QByteArray bytes = "code,notes\nX-1,";
    bytes += QByteArray(10 * 1024 * 1024, 'z');
    bytes += "\nX-2,fine\n";
    QList<CsvProblem> problems;
    const auto table = CsvReader().readBytes(bytes, &problems, QStringLiteral("huge.csv"));
    ASSERT_TRUE(table);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].toString(),
              QStringLiteral("huge.csv: line 2, column 2: field too long (10.0 MiB; at most 1.0 MiB)"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->rows[0][0], QStringLiteral("X-2"));
}

TEST(CsvReader, FileOverTheSizeLimitIsRefusedBeforeReading)
{
    CsvReader reader;
    reader.setMaxFileBytes(100);
    QList<CsvProblem> problems;
    EXPECT_FALSE(reader.readFile(corpusPath("ragged-rows.csv"), &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message,
              QStringLiteral("the file is 450 bytes; files over 100 bytes are not read"));
    EXPECT_EQ(CsvReader::defaultMaxFileBytes, 200LL * 1024 * 1024);
}

TEST(CsvReader, MissingFileIsNamed)
{
    QList<CsvProblem> problems;
    EXPECT_FALSE(readCorpus("no-such-file.csv", &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("the file does not exist"));
    EXPECT_EQ(problems[0].file, corpusPath("no-such-file.csv"));
}

TEST(CsvReader, BytesInvalidInTheChosenEncodingNameTheLine)
{
    QList<CsvProblem> problems;
    const QByteArray bytes = "code,city\nA-1,Riga\nA-2,Malm\xF6\n";
    EXPECT_FALSE(CsvReader(CsvDialect { ',', '"', true, "UTF-8", false }).readBytes(bytes, &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_EQ(problems[0].message,
              QStringLiteral("line 3 is not valid UTF-8 text; is the file in another encoding?"));

    problems.clear();
    EXPECT_FALSE(
        CsvReader(CsvDialect { ',', '"', true, "no-such-encoding", false }).readBytes(bytes, &problems));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("unknown encoding \"no-such-encoding\""));
}

TEST(CsvReader, FormulaCellsAreReadAsText)
{
    const auto table = readCorpus("formula-cells.csv", nullptr);
    ASSERT_TRUE(table);
    ASSERT_EQ(table->rowCount(), 4);
    EXPECT_EQ(table->rows[0][1], QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_EQ(table->rows[2][2], QStringLiteral("=HYPERLINK(\"http://example.com\")"));
}

TEST(CsvReader, CancelStopsReadingWithoutATable)
{
    QByteArray bytes = "code,notes\n";
    for (int i = 0; i < 100000; ++i)
        bytes += "C-" + QByteArray::number(i) + ",some notes about this location\n";
    CsvReader reader;
    int calls = 0;
    reader.setProgressHandler([&calls](qint64 done, qint64 total) {
        EXPECT_LE(done, total);
        return ++calls < 2;
    });
    QList<CsvProblem> problems;
    EXPECT_FALSE(reader.readBytes(bytes, &problems));
    EXPECT_EQ(calls, 2);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].message, QStringLiteral("reading was cancelled"));
}

// --- size ------------------------------------------------------------------------------------

TEST(CsvReader, ReadsFiftyThousandLocationsOfFifteenColumns)
{
    const QStringList header = {
        QStringLiteral("code"),       QStringLiteral("name"),          QStringLiteral("brand"),
        QStringLiteral("channel"),    QStringLiteral("country"),       QStringLiteral("region"),
        QStringLiteral("city"),       QStringLiteral("address"),       QStringLiteral("postcode"),
        QStringLiteral("latitude"),   QStringLiteral("longitude"),     QStringLiteral("staff_count"),
        QStringLiteral("size_class"), QStringLiteral("manager_email"), QStringLiteral("active"),
    };
    const QStringList cities
        = { QStringLiteral("Rīga"),  QStringLiteral("Šiauliai"), QStringLiteral("Pärnu"),
            QStringLiteral("Malmö"), QStringLiteral("Łódź"),     QStringLiteral("Tromsø") };
    QList<QStringList> rows { header };
    for (int i = 0; i < 50000; ++i) {
        const QString city = cities[i % cities.size()];
        rows.append({ QStringLiteral("LOC-%1").arg(i, 5, 10, QLatin1Char('0')),
                      QStringLiteral("Nordbank %1 %2").arg(city).arg(i), QStringLiteral("Nordbank"),
                      QStringLiteral("branch"), QStringLiteral("LV"), QStringLiteral("Region %1").arg(i % 17),
                      city,
                      // Every 1000th address has a line break and quotes inside.
                      i % 1000 == 0 ? QStringLiteral("\"Old Town\" building\nentrance B")
                                    : QStringLiteral("Brīvības iela %1").arg(i),
                      QStringLiteral("LV-%1").arg(1000 + i % 9000), QStringLiteral("56,%1").arg(i % 10000),
                      QStringLiteral("24,%1").arg(i % 9999), QString::number(3 + i % 20), QStringLiteral("M"),
                      QStringLiteral("manager%1@example.lv").arg(i), QStringLiteral("yes") });
    }
    CsvWriter writer;
    writer.setDelimiter(';');
    writer.setByteOrderMark(true);
    const QByteArray bytes = writer.toBytes(rows);

    QList<CsvProblem> problems;
    const auto table = CsvReader().readBytes(bytes, &problems, QStringLiteral("locations.csv"));
    ASSERT_TRUE(table);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(table->dialect.delimiter, ';');
    EXPECT_TRUE(table->dialect.decimalComma);
    EXPECT_EQ(table->header, header);
    ASSERT_EQ(table->rowCount(), 50000);
    EXPECT_EQ(table->columnCount(), 15);
    for (qsizetype i = 0; i < table->rowCount(); ++i) {
        if (table->rows[i] != rows[i + 1]) {
            ADD_FAILURE() << "row " << i << " differs";
            break;
        }
    }
    // 49 addresses with a line break before the last row (0, 1000, ..., 49000): 50 extra lines.
    EXPECT_EQ(table->lines.first(), 2);
    EXPECT_EQ(table->lines[1], 4);
    EXPECT_EQ(table->lines.last(), 50001 + 50);
}
