#include "io/XlsxReader.h"

#include "io/XlsxWriter.h"
#include "support/TestProject.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>
#include <gtest/gtest.h>
#include <zip.h>

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(SHOPSCOPE_XLSFORM_DATA "/") + QLatin1String(name);
}

QList<XlsxReader::Sheet> readOrFail(const QString& path)
{
    QString error;
    const std::optional<QList<XlsxReader::Sheet>> sheets = XlsxReader::read(path, &error);
    EXPECT_TRUE(sheets.has_value()) << error.toStdString();
    return sheets.value_or(QList<XlsxReader::Sheet>());
}

// The message a file is refused with; fails the test when it is read instead.
QString refusal(const QString& path)
{
    QString error;
    const std::optional<QList<XlsxReader::Sheet>> sheets = XlsxReader::read(path, &error);
    EXPECT_FALSE(sheets.has_value());
    EXPECT_FALSE(error.isEmpty());
    return error;
}

QStringList names(const QList<XlsxReader::Sheet>& sheets)
{
    QStringList result;
    for (const XlsxReader::Sheet& sheet : sheets)
        result << sheet.name;
    return result;
}

QStringList cells(std::initializer_list<const char*> values)
{
    QStringList result;
    for (const char* value : values)
        result.append(QString::fromUtf8(value));
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A zip archive written with libzip, one entry per (name, bytes).
QString writeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries,
                 zip_int32_t compression = ZIP_CM_DEFLATE)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    EXPECT_NE(archive, nullptr);
    if (!archive)
        return path;
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        EXPECT_GE(index, 0);
        if (index < 0)
            zip_source_free(source);
        else
            zip_set_file_compression(archive, zip_uint64_t(index), compression, 0);
    }
    EXPECT_EQ(zip_close(archive), 0);
    return path;
}

// A workbook written by hand, so that each test shows the very XML it reads.
struct HandWorkbook
{
    QList<std::pair<QString, QString>> sheets; // name, what goes inside <sheetData>
    QString sharedStrings; // the <si> elements; no sharedStrings.xml when empty
    QString targetFolder = QStringLiteral("worksheets/"); // as written in workbook.xml.rels
};

QString writeWorkbook(const QString& path, const HandWorkbook& book, zip_int32_t compression = ZIP_CM_DEFLATE)
{
    const QString main = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString relationshipTypes
        = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QString workbook = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                      "<workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>")
                           .arg(main, relationshipTypes);
    QString relationships = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                                           "xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                                           "relationships\">");
    QList<std::pair<QString, QByteArray>> parts;
    for (int i = 0; i < book.sheets.size(); ++i) {
        const QString id = QStringLiteral("rId%1").arg(i + 1);
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"%3\"/>")
                        .arg(book.sheets[i].first.toHtmlEscaped())
                        .arg(i + 1)
                        .arg(id);
        relationships
            += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2/worksheet\" Target=\"%3sheet%4.xml\"/>")
                   .arg(id, relationshipTypes, book.targetFolder)
                   .arg(i + 1);
        parts.append({ QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                       QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
                                      "xmlns=\"%1\"><sheetData>%2</sheetData></worksheet>")
                           .arg(main, book.sheets[i].second)
                           .toUtf8() });
    }
    if (!book.sharedStrings.isEmpty()) {
        relationships += QStringLiteral("<Relationship Id=\"rIdStrings\" Type=\"%1/sharedStrings\" "
                                        "Target=\"sharedStrings.xml\"/>")
                             .arg(relationshipTypes);
        parts.append(
            { QStringLiteral("xl/sharedStrings.xml"),
              QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"%1\">%2</sst>")
                  .arg(main, book.sharedStrings)
                  .toUtf8() });
    }
    parts.append({ QStringLiteral("_rels/.rels"),
                   QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                  "<Relationship Id=\"rId1\" Type=\"%1/officeDocument\" "
                                  "Target=\"xl/workbook.xml\"/></Relationships>")
                       .arg(relationshipTypes)
                       .toUtf8() });
    parts.append(
        { QStringLiteral("xl/workbook.xml"), (workbook + QStringLiteral("</sheets></workbook>")).toUtf8() });
    parts.append({ QStringLiteral("xl/_rels/workbook.xml.rels"),
                   (relationships + QStringLiteral("</Relationships>")).toUtf8() });
    return writeZip(path, parts, compression);
}

QString writeOneSheet(const QString& path, const QString& sheetData, const QString& sharedStrings = {})
{
    return writeWorkbook(path, { { { QStringLiteral("survey"), sheetData } }, sharedStrings });
}

// Where a part's data starts in a zip, and where its central directory entry is.
struct ZipEntryPlaces
{
    qsizetype localHeader = -1;
    qsizetype data = -1;
    qsizetype centralHeader = -1;
};

ZipEntryPlaces findEntry(const QByteArray& zip, const QByteArray& name)
{
    ZipEntryPlaces places;
    for (qsizetype at = zip.indexOf("PK\x03\x04"); at >= 0; at = zip.indexOf("PK\x03\x04", at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(zip.constData() + at + 26);
        const quint16 extraLength = qFromLittleEndian<quint16>(zip.constData() + at + 28);
        if (zip.mid(at + 30, nameLength) == name) {
            places.localHeader = at;
            places.data = at + 30 + nameLength + extraLength;
            break;
        }
    }
    for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
        const quint16 nameLength = qFromLittleEndian<quint16>(zip.constData() + at + 28);
        if (zip.mid(at + 46, nameLength) == name) {
            places.centralHeader = at;
            break;
        }
    }
    return places;
}

QByteArray oleFile(const char* streamName)
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(1024, '\0');
    for (const char* c = streamName; *c; ++c)
        bytes.append(*c).append('\0');
    bytes.append(512, '\0');
    return bytes;
}

} // namespace

// --- Real workbooks: the reference XLSForm converter's fixtures (Excel, LibreOffice, Google Sheets)

TEST(XlsxReader, ReadsEverySheetOfThePyxformFixturesInWorkbookOrder)
{
    struct Expected
    {
        const char* file;
        QStringList sheets;
        QList<int> rows;
        QList<int> widths;
    };
    const QList<Expected> expected = {
        { "xlsform_spec_test.xlsx",
          cells({ "survey", "choices", "settings", "columns" }),
          { 57, 5, 2, 3 },
          { 26, 5, 9, 3 } },
        { "flat_xlsform_test.xlsx",
          cells({ "survey", "choices", "settings", "columns" }),
          { 59, 5, 2, 3 },
          { 26, 5, 10, 3 } },
        { "extra_sheet_names.xlsx",
          cells({ "survey", "my_sheet", "stettings", "choices" }),
          { 2, 0, 0, 0 },
          { 3, 0, 0, 0 } },
        { "group.xlsx", cells({ "survey" }), { 6 }, { 3 } },
        { "field-list.xlsx", cells({ "survey", "choices" }), { 4, 3 }, { 4, 5 } },
        { "or_other.xlsx", cells({ "survey", "choices" }), { 3, 6 }, { 4, 4 } },
        { "specify_other.xlsx", cells({ "survey", "choices" }), { 2, 3 }, { 3, 3 } },
        { "text_and_integer.xlsx", cells({ "survey", "choices" }), { 3, 1 }, { 3, 3 } },
        { "yes_or_no_question.xlsx", cells({ "survey", "choices" }), { 2, 3 }, { 3, 3 } },
    };
    for (const Expected& file : expected) {
        SCOPED_TRACE(file.file);
        const QList<XlsxReader::Sheet> sheets = readOrFail(fixture(file.file));
        ASSERT_EQ(names(sheets), file.sheets);
        for (int s = 0; s < sheets.size(); ++s) {
            SCOPED_TRACE(sheets[s].name.toStdString());
            EXPECT_EQ(sheets[s].rows.size(), file.rows[s]);
            for (const QStringList& row : sheets[s].rows)
                EXPECT_EQ(row.size(), file.widths[s]);
        }
    }
}

TEST(XlsxReader, GivesEachCellItsTextAtItsRowAndColumn)
{
    const QList<XlsxReader::Sheet> spec = readOrFail(fixture("xlsform_spec_test.xlsx"));
    ASSERT_EQ(spec.size(), 4);
    const QList<QStringList>& survey = spec[0].rows;
    ASSERT_EQ(survey.size(), 57);
    EXPECT_EQ(survey[0].mid(0, 5), cells({ "type", "name", "rows", "repeat_count", "label::english" }));
    EXPECT_EQ(survey[0][21], QStringLiteral("media::audio::chinese"));
    EXPECT_EQ(survey[6][13],
              QStringLiteral("regex(${address}, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,4}')"));
    EXPECT_EQ(survey[17][8], QString::fromUtf8("對不起 ${my_name}，你可以不選擇“是”和“否”。"));
    EXPECT_EQ(survey[56][24], QStringLiteral("Launch Fictional app"));
    EXPECT_EQ(survey[56][25], QStringLiteral("Sorry, app does not exist."));
    EXPECT_EQ(spec[1].rows[2], cells({ "yes_no", "no", "No", "", "没有" }));
    EXPECT_EQ(spec[2].rows[1][0], QStringLiteral("Spec test"));

    // LibreOffice writes every text with xml:space="preserve" and apostrophes as &apos;.
    const QList<XlsxReader::Sheet> group = readOrFail(fixture("group.xlsx"));
    ASSERT_EQ(group.size(), 1);
    EXPECT_EQ(group[0].rows[0], cells({ "type", "name", "label:English (en)" }));
    EXPECT_EQ(group[0].rows[3],
              cells({ "phone number", "phone_number", "What's your father's phone number?" }));
}

TEST(XlsxReader, WritesNumbersAsTheUserTypedThem)
{
    // Google Sheets stored these as 12.0, 2.0 and 1.0; Excel stored them as 12 and 1.
    const QList<XlsxReader::Sheet> spec = readOrFail(fixture("xlsform_spec_test.xlsx"));
    ASSERT_EQ(spec.size(), 4);
    EXPECT_EQ(spec[0].rows[3][2], QStringLiteral("12"));
    EXPECT_EQ(spec[0].rows[14][3], QStringLiteral("2"));
    EXPECT_EQ(spec[0].rows[7][4], QStringLiteral("1"));
    const QList<XlsxReader::Sheet> flat = readOrFail(fixture("flat_xlsform_test.xlsx"));
    ASSERT_EQ(flat.size(), 4);
    EXPECT_EQ(flat[0].rows[5][2], QStringLiteral("12"));
    EXPECT_EQ(flat[0].rows[3][4], QStringLiteral("1"));
}

TEST(XlsxReader, GivesTheCachedValueOfBooleanFormulas)
{
    // required = TRUE() and a name typed as FALSE(), which Excel turned into formulas.
    const QList<XlsxReader::Sheet> spec = readOrFail(fixture("xlsform_spec_test.xlsx"));
    ASSERT_EQ(spec.size(), 4);
    EXPECT_EQ(spec[0].rows[21][10], QStringLiteral("TRUE"));
    EXPECT_EQ(spec[0].rows[54][1], QStringLiteral("FALSE"));
}

TEST(XlsxReader, KeepsEmptyRowsAndCellsInPlaceAndDropsTrailingEmptyRows)
{
    const QList<XlsxReader::Sheet> flat = readOrFail(fixture("flat_xlsform_test.xlsx"));
    ASSERT_EQ(flat.size(), 4);
    const QList<QStringList>& survey = flat[0].rows;
    EXPECT_EQ(survey[13].mid(0, 2), cells({ "decimal", "a_decimal" }));
    EXPECT_EQ(survey[14], QStringList(26)); // row 15 is empty in the workbook
    EXPECT_EQ(survey[15].mid(0, 2), cells({ "begin group", "group_test" }));
    EXPECT_EQ(survey[28], QStringList(26));
    // The choice images leave the label column empty in the middle of the row.
    EXPECT_EQ(flat[1].rows[3], cells({ "a_b", "a", "", "a.jpg", "" }));

    // Excel kept 76 formatted but empty rows below the survey: they are not rows of the form.
    const QList<XlsxReader::Sheet> orOther = readOrFail(fixture("or_other.xlsx"));
    ASSERT_EQ(orOther.size(), 2);
    EXPECT_EQ(orOther[0].rows.size(), 3);
    EXPECT_EQ(orOther[0].rows[1],
              cells({ "select_one colors or_other", "fav_color", "What is your favorite color?", "" }));

    const QList<XlsxReader::Sheet> group = readOrFail(fixture("group.xlsx"));
    ASSERT_EQ(group.size(), 1);
    EXPECT_EQ(group[0].rows.last(), cells({ "end group", "", "" }));
}

// --- Hand-written workbooks: what the fixtures do not show

TEST(XlsxReader, ReadsEveryKindOfCell)
{
    TestFolder folder;
    const QString strings = QStringLiteral(
        "<si><t xml:space=\"preserve\">  two spaces before, one after </t></si>"
        "<si><r><t>Zażółć </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">gęślą "
        "</t></r><r><t>jaźń</t></r></si>"
        "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>one_x000D_\ntwo, and _x005F_x0041_ as typed</t></si>");
    const QString data = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" "
        "t=\"s\"><v>2</v></c>"
        "<c r=\"D1\" t=\"inlineStr\"><is><t>inline text</t></is></c>"
        "<c r=\"E1\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">inline "
        "</t></r><r><rPr><i/></rPr><t>rich</t></r></is></c>"
        "<c r=\"F1\" t=\"s\"><v>3</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c><c r=\"C2\" "
        "t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        "<c r=\"D2\" t=\"str\"><f>\"Ļoti \"&amp;\"labi\"</f><v>Ļoti labi</v></c><c "
        "r=\"E2\"><f>1+1</f><v>2</v></c>"
        "<c r=\"F2\"><f>NOW()</f></c></row>"
        "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>45292</v></c><c "
        "r=\"B3\"><v>0.1000000000000000055511151231257827</v></c>"
        "<c r=\"C3\"><v>4.5999999999999996</v></c><c r=\"D3\"><f>0.1+0.2</f><v>0.30000000000000004</v></c>"
        "<c r=\"E3\" t=\"n\"><v>-3.25</v></c><c r=\"F3\"><v>12.0</v></c></row>");
    const QList<XlsxReader::Sheet> sheets
        = readOrFail(writeOneSheet(folder.path(QStringLiteral("cells.xlsx")), data, strings));
    ASSERT_EQ(sheets.size(), 1);
    const QList<QStringList>& rows = sheets[0].rows;
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0],
              cells({ "  two spaces before, one after ", "Zażółć gęślą jaźń", "東京", "inline text",
                      "inline rich", "one\r\ntwo, and _x0041_ as typed" }));
    // A formula never calculated (F2) has no value to show.
    EXPECT_EQ(rows[1], cells({ "TRUE", "FALSE", "#DIV/0!", "Ļoti labi", "2", "" }));
    // 45292 is 2024-01-01 in a date format: dates stay numbers.
    EXPECT_EQ(rows[2], cells({ "45292", "0.1", "4.6", "0.3", "-3.25", "12" }));
}

TEST(XlsxReader, PutsCellsAfterGapsInTheirColumns)
{
    TestFolder folder;
    const QString data
        = QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"C1\" "
                         "t=\"inlineStr\"><is><t>c</t></is></c></row>"
                         "<row r=\"4\" spans=\"1:3\"><c r=\"B4\"><v>7</v></c></row>"
                         "<row r=\"5\"><c r=\"A5\" s=\"3\"/><c r=\"E5\" t=\"s\" s=\"2\"/></row>"
                         "<row r=\"6\"/>");
    const QList<XlsxReader::Sheet> sheets
        = readOrFail(writeOneSheet(folder.path(QStringLiteral("gaps.xlsx")), data));
    ASSERT_EQ(sheets.size(), 1);
    const QList<QStringList> expected
        = { cells({ "a", "", "c" }), cells({ "", "", "" }), cells({ "", "", "" }), cells({ "", "7", "" }) };
    EXPECT_EQ(sheets[0].rows, expected);
}

TEST(XlsxReader, PlacesCellsAndRowsWithoutReferencesAfterTheOneBefore)
{
    TestFolder folder;
    const QString data = QStringLiteral(
        "<row><c t=\"inlineStr\"><is><t>type</t></is></c><c t=\"inlineStr\"><is><t>name</t></is></c></row>"
        "<row><c><v>1</v></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
        "<row r=\"5\"><c t=\"str\"><v>after a gap</v></c></row>"
        "<row><c t=\"str\"><v>next</v></c></row>");
    const QList<XlsxReader::Sheet> sheets
        = readOrFail(writeOneSheet(folder.path(QStringLiteral("no-references.xlsx")), data));
    ASSERT_EQ(sheets.size(), 1);
    const QList<QStringList> expected = { cells({ "type", "name", "", "", "" }),
                                          cells({ "1", "", "", "4", "5" }),
                                          QStringList(5),
                                          QStringList(5),
                                          cells({ "after a gap", "", "", "", "" }),
                                          cells({ "next", "", "", "", "" }) };
    EXPECT_EQ(sheets[0].rows, expected);
}

TEST(XlsxReader, ReadsSheetsWithLatvianAndPolishNamesThroughAbsoluteTargets)
{
    TestFolder folder;
    HandWorkbook book;
    book.sheets
        = { { QString::fromUtf8("Jautājumi"), QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>") },
            { QString::fromUtf8("Odpowiedzi – łódź"),
              QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>") } };
    book.targetFolder = QStringLiteral("/xl/worksheets/");
    const QList<XlsxReader::Sheet> sheets
        = readOrFail(writeWorkbook(folder.path(QStringLiteral("nosaukumi.xlsx")), book));
    ASSERT_EQ(names(sheets),
              QStringList({ QString::fromUtf8("Jautājumi"), QString::fromUtf8("Odpowiedzi – łódź") }));
    EXPECT_EQ(sheets[0].rows, QList<QStringList>({ cells({ "1" }) }));
    EXPECT_EQ(sheets[1].rows, QList<QStringList>({ cells({ "2" }) }));
}

TEST(XlsxReader, ReadsBackWhatOurOwnWriterWrote)
{
    TestFolder folder;
    XlsxWriter::Sheet answers;
    answers.name = QString::fromUtf8("Atbildes");
    answers.rows = { cells({ "code", "label", "score", "note" }), cells({ "0042", "Ļoti labi", "12", "" }),
                     cells({ "B-7", "Zażółć gęślą jaźń", "0.1", " padded " }), cells({ "", "", "-3.25", "" }),
                     cells({ "C", "", "1234567.891", "last" }) };
    answers.numericColumns = { 2 };
    XlsxWriter::Sheet second;
    second.name = QString::fromUtf8("Łódź");
    second.rows = { cells({ "only" }) };
    QString error;
    const QString path = folder.path(QStringLiteral("round-trip.xlsx"));
    ASSERT_TRUE(XlsxWriter::write(path, { answers, second }, &error)) << error.toStdString();

    const QList<XlsxReader::Sheet> sheets = readOrFail(path);
    ASSERT_EQ(sheets.size(), 2);
    EXPECT_EQ(sheets[0].name, answers.name);
    EXPECT_EQ(sheets[0].rows, answers.rows);
    EXPECT_EQ(sheets[1].name, second.name);
    EXPECT_EQ(sheets[1].rows, second.rows);
}

TEST(XlsxReader, NumberTextIsWhatAUserWouldHaveTyped)
{
    EXPECT_EQ(XlsxReader::numberText(12.0), QStringLiteral("12"));
    EXPECT_EQ(XlsxReader::numberText(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(XlsxReader::numberText(0.1 + 0.2), QStringLiteral("0.3"));
    EXPECT_EQ(XlsxReader::numberText(-3.25), QStringLiteral("-3.25"));
    EXPECT_EQ(XlsxReader::numberText(-0.0), QStringLiteral("0"));
    EXPECT_EQ(XlsxReader::numberText(0.00001), QStringLiteral("0.00001"));
    EXPECT_EQ(XlsxReader::numberText(1234567.891), QStringLiteral("1234567.891"));
    EXPECT_EQ(XlsxReader::numberText(123456789012345.0), QStringLiteral("123456789012345"));
    EXPECT_EQ(XlsxReader::numberText(1e20), QStringLiteral("1E+20"));
    EXPECT_EQ(XlsxReader::numberText(-1.5e-12), QStringLiteral("-1.5E-12"));
    EXPECT_EQ(XlsxReader::numberText(2.0 / 3.0), QStringLiteral("0.666666666666667"));
}

// --- Files that are not readable workbooks: each says what it is, none crashes

TEST(XlsxReader, RefusesATextFileRenamedXlsx)
{
    TestFolder folder;
    const QString message
        = refusal(folder.writeFile(QStringLiteral("questions.xlsx"), "type,name,label\ntext,q1,Your name\n"));
    EXPECT_TRUE(message.contains(QStringLiteral("questions.xlsx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("not a zip archive"))) << message.toStdString();
}

TEST(XlsxReader, RefusesATruncatedWorkbook)
{
    TestFolder folder;
    const QByteArray whole = readAll(fixture("group.xlsx"));
    const QString message
        = refusal(folder.writeFile(QStringLiteral("cut.xlsx"), whole.left(whole.size() / 2)));
    EXPECT_TRUE(message.contains(QStringLiteral("cut.xlsx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("damaged or incomplete"))) << message.toStdString();
}

TEST(XlsxReader, AsksToSaveAnOldXlsFileAsXlsx)
{
    TestFolder folder;
    const QString message = refusal(folder.writeFile(QStringLiteral("old.xlsx"), oleFile("Workbook")));
    EXPECT_TRUE(message.contains(QStringLiteral("old.xlsx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Excel 97-2003 .xls file; save it as .xlsx")))
        << message.toStdString();
}

TEST(XlsxReader, SaysAPasswordProtectedWorkbookIsEncrypted)
{
    TestFolder folder;
    const QString message
        = refusal(folder.writeFile(QStringLiteral("secret.xlsx"), oleFile("EncryptedPackage")));
    EXPECT_TRUE(message.contains(QStringLiteral("secret.xlsx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("protected with a password"))) << message.toStdString();
}

TEST(XlsxReader, RefusesAZipWithoutAWorkbook)
{
    TestFolder folder;
    const QString message = refusal(writeZip(folder.path(QStringLiteral("notes.xlsx")),
                                             { { QStringLiteral("notes.txt"), QByteArray("hello") } }));
    EXPECT_TRUE(message.contains(QStringLiteral("notes.xlsx"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("has no xl/workbook.xml"))) << message.toStdString();
}

TEST(XlsxReader, AsksToSaveAnOpenDocumentSpreadsheetAsXlsx)
{
    TestFolder folder;
    const QString message = refusal(writeZip(
        folder.path(QStringLiteral("calc.xlsx")),
        { { QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet") },
          { QStringLiteral("content.xml"), QByteArray("<office:document-content/>") } },
        ZIP_CM_STORE));
    EXPECT_TRUE(message.contains(QStringLiteral("OpenDocument file (.ods)"))) << message.toStdString();
}

TEST(XlsxReader, NamesTheSheetAndPartThatIsDamaged)
{
    TestFolder folder;
    QByteArray zip = readAll(fixture("group.xlsx"));
    const ZipEntryPlaces sheet = findEntry(zip, "xl/worksheets/sheet1.xml");
    ASSERT_GE(sheet.data, 0);
    for (qsizetype i = 0; i < 24; ++i)
        zip[sheet.data + 16 + i] = char(zip[sheet.data + 16 + i] ^ 0x5A);
    const QString message = refusal(folder.writeFile(QStringLiteral("bitrot.xlsx"), zip));
    EXPECT_TRUE(message.contains(QStringLiteral("bitrot.xlsx"))) << message.toStdString();
    EXPECT_TRUE(
        message.contains(QString::fromUtf8("sheet “survey” (part xl/worksheets/sheet1.xml) is damaged")))
        << message.toStdString();
}

TEST(XlsxReader, NamesTheLineOfBrokenXml)
{
    TestFolder folder;
    const QString message = refusal(writeOneSheet(folder.path(QStringLiteral("broken.xlsx")),
                                                  QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></row>")));
    EXPECT_TRUE(message.contains(
        QString::fromUtf8("sheet “survey” (part xl/worksheets/sheet1.xml) is damaged (line")))
        << message.toStdString();
}

TEST(XlsxReader, RefusesAMissingSharedText)
{
    TestFolder folder;
    const QString message
        = refusal(writeOneSheet(folder.path(QStringLiteral("strings.xlsx")),
                                QStringLiteral("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>"),
                                QStringLiteral("<si><t>only one</t></si>")));
    EXPECT_TRUE(message.contains(QStringLiteral("cell B3"))) << message.toStdString();
}

TEST(XlsxReader, RefusesAPartTooLargeToInflate)
{
    // The size a zip bomb declares: 300 MB for a part of a few bytes.
    TestFolder folder;
    const QString path = writeOneSheet(folder.path(QStringLiteral("bomb.xlsx")),
                                       QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
    QByteArray zip = readAll(path);
    const ZipEntryPlaces sheet = findEntry(zip, "xl/worksheets/sheet1.xml");
    ASSERT_GE(sheet.localHeader, 0);
    ASSERT_GE(sheet.centralHeader, 0);
    qToLittleEndian<quint32>(300u * 1024 * 1024, zip.data() + sheet.localHeader + 22);
    qToLittleEndian<quint32>(300u * 1024 * 1024, zip.data() + sheet.centralHeader + 24);
    const QString message = refusal(folder.writeFile(QStringLiteral("bomb.xlsx"), zip));
    EXPECT_TRUE(
        message.contains(QString::fromUtf8("sheet “survey” (part xl/worksheets/sheet1.xml) is too large")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("200 MB"))) << message.toStdString();
}

TEST(XlsxReader, RefusesAFarAwayCellWithoutFillingMemory)
{
    TestFolder folder;
    QElapsedTimer timer;
    timer.start();
    const QString message
        = refusal(writeOneSheet(folder.path(QStringLiteral("far.xlsx")),
                                QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row "
                                               "r=\"1048576\"><c r=\"XFD1048576\"><v>2</v></c></row>")));
    EXPECT_TRUE(message.contains(QString::fromUtf8("sheet “survey” is too large to read")))
        << message.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(XlsxReader, RefusesMissingAndEmptyFiles)
{
    TestFolder folder;
    EXPECT_TRUE(
        refusal(folder.path(QStringLiteral("nowhere.xlsx"))).contains(QStringLiteral("cannot be opened")));
    EXPECT_TRUE(refusal(folder.writeFile(QStringLiteral("empty.xlsx"), QByteArray()))
                    .contains(QStringLiteral("the file is empty")));
}
