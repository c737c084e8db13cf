#include "io/CsvSniffer.h"

#include <QFile>
#include <gtest/gtest.h>

namespace {

QByteArray corpus(const char* name)
{
    QFile file(QStringLiteral(SHOPSCOPE_CSV_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char*>> cells)
{
    QList<QStringList> result;
    for (const auto& row : cells) {
        QStringList fields;
        for (const char* cell : row)
            fields.append(QString::fromUtf8(cell));
        result.append(fields);
    }
    return result;
}

struct CorpusCase
{
    const char* file;
    QByteArray encoding;
    char delimiter;
    bool hasHeader;
    bool decimalComma;
};

void PrintTo(const CorpusCase& c, std::ostream* os)
{
    *os << c.file;
}

class CsvSnifferCorpus : public ::testing::TestWithParam<CorpusCase>
{
};

} // namespace

TEST_P(CsvSnifferCorpus, GuessesTheDialect)
{
    const CorpusCase& expected = GetParam();
    EncodingDetector::Result encoding;
    const CsvDialect dialect = CsvSniffer::sniff(corpus(expected.file), {}, &encoding);
    EXPECT_EQ(dialect.encoding, expected.encoding) << encoding.reason.toStdString();
    EXPECT_EQ(dialect.delimiter, expected.delimiter);
    EXPECT_EQ(dialect.quote, '"');
    EXPECT_EQ(dialect.hasHeader, expected.hasHeader);
    EXPECT_EQ(dialect.decimalComma, expected.decimalComma);
}

INSTANTIATE_TEST_SUITE_P(
    CsvCorpus, CsvSnifferCorpus,
    ::testing::Values(CorpusCase { "locations-utf8.csv", "UTF-8", ',', true, false },
                      CorpusCase { "locations-utf8-bom-semicolon.csv", "UTF-8", ';', true, true },
                      CorpusCase { "locations-excel-unicode.txt", "UTF-16LE", '\t', true, false },
                      CorpusCase { "locations-windows1252.csv", "windows-1252", ';', true, true },
                      CorpusCase { "locations-windows1257.csv", "windows-1257", ';', true, true },
                      CorpusCase { "baltic-short-windows1257.csv", "windows-1257", ',', true, false },
                      CorpusCase { "nordic-short-windows1252.csv", "windows-1252", ',', true, false },
                      CorpusCase { "shoppers-pipe-noheader.txt", "UTF-8", '|', false, false },
                      CorpusCase { "visits-tab.tsv", "UTF-8", '\t', true, false },
                      CorpusCase { "quoted-fields.csv", "UTF-8", ',', true, false },
                      CorpusCase { "excel-export-crlf.csv", "UTF-8", ',', true, false },
                      CorpusCase { "mixed-line-endings.csv", "UTF-8", ',', true, false },
                      CorpusCase { "big-field.csv", "UTF-8", ',', true, false }));

TEST(CsvSniffer, UserChosenEncodingIsKept)
{
    const CsvDialect dialect = CsvSniffer::sniff(corpus("kiosk-kservqual-cp949.csv"), "CP949");
    EXPECT_EQ(dialect.encoding, "CP949");
    EXPECT_EQ(dialect.delimiter, ',');
}

TEST(CsvSniffer, DelimiterRespectsQuotes)
{
    // Semicolons inside quotes must not win over the commas outside them.
    const QString text = QStringLiteral("a,b,c\n\"x;y;z\",2,3\n\"p;q;r\",5,6\n");
    EXPECT_EQ(CsvSniffer::sniffDelimiter(text), ',');
    // Decimal commas in a semicolon file.
    EXPECT_EQ(CsvSniffer::sniffDelimiter(u"code;lat;lon\nA;56,9;24,1\nB;57,1;25,3\n"), ';');
    // One column: nothing to split on.
    EXPECT_EQ(CsvSniffer::sniffDelimiter(u"code\nA\nB\n"), ',');
}

TEST(CsvSniffer, ApostropheQuotesAreFound)
{
    EXPECT_EQ(CsvSniffer::sniffQuote(u"code,name\n'A-1','Nordbank, Rīga'\n'A-2','Nordbank, Tartu'\n"), '\'');
    EXPECT_EQ(CsvSniffer::sniffQuote(u"code,name\nA-1,O'Brien's\nA-2,'s-Hertogenbosch\n"), '"');
}

TEST(CsvSniffer, HeaderIsTextLabelsOverData)
{
    EXPECT_TRUE(CsvSniffer::sniffHeader(rows({ { "code", "lat" }, { "LV-1", "56.9" }, { "LV-2", "57.0" } })));
    // Codes over codes: the first row is data.
    EXPECT_FALSE(
        CsvSniffer::sniffHeader(rows({ { "LV-1", "Rīga" }, { "LV-2", "Tartu" }, { "LV-3", "Kaunas" } })));
    // A number, an empty cell or a repeated name is never a header.
    EXPECT_FALSE(CsvSniffer::sniffHeader(rows({ { "Rīga", "56.9" }, { "Tartu", "58.3" } })));
    EXPECT_FALSE(CsvSniffer::sniffHeader(rows({ { "code", "" }, { "A", "B" } })));
    EXPECT_FALSE(CsvSniffer::sniffHeader(rows({ { "name", "Name" }, { "A", "B" } })));
    // All text and nothing against it: a header (the usual case of a names-only list).
    EXPECT_TRUE(CsvSniffer::sniffHeader(rows({ { "city", "country" }, { "Rīga", "Latvia" } })));
}

TEST(CsvSniffer, DecimalCommaNeedsAnotherDelimiter)
{
    const auto data = rows({ { "lat", "lon" }, { "56,9496", "24,1052" }, { "1 234,5", "7" } });
    EXPECT_TRUE(CsvSniffer::sniffDecimalComma(data, ';', true));
    EXPECT_FALSE(CsvSniffer::sniffDecimalComma(data, ',', true));
    EXPECT_FALSE(
        CsvSniffer::sniffDecimalComma(rows({ { "lat" }, { "56.9496" }, { "57,1" }, { "58.2" } }), ';', true));
}
