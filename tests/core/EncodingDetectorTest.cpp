#include "io/EncodingDetector.h"

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <gtest/gtest.h>

namespace {

QByteArray corpus(const char* name)
{
    QFile file(QStringLiteral(SHOPSCOPE_CSV_DATA "/") + QLatin1String(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

QString decoded(const QByteArray& bytes, const QByteArray& encoding)
{
    QStringDecoder decoder(encoding.constData());
    return decoder.decode(bytes);
}

using Basis = EncodingDetector::Basis;

} // namespace

TEST(EncodingDetector, Utf8WithoutBomIsValidUtf8)
{
    const auto result = EncodingDetector::detect(corpus("locations-utf8.csv"));
    EXPECT_EQ(result.name, "UTF-8");
    EXPECT_EQ(result.basis, Basis::Utf8);
    EXPECT_EQ(result.bomLength, 0);
}

TEST(EncodingDetector, Utf8WithBomIsCertain)
{
    const auto result = EncodingDetector::detect(corpus("locations-utf8-bom-semicolon.csv"));
    EXPECT_EQ(result.name, "UTF-8");
    EXPECT_EQ(result.basis, Basis::ByteOrderMark);
    EXPECT_EQ(result.confidence, EncodingDetector::Confidence::Certain);
    EXPECT_EQ(result.bomLength, 3);
    EXPECT_EQ(result.reason, QStringLiteral("byte order mark (UTF-8)"));
}

TEST(EncodingDetector, ExcelUnicodeTextIsUtf16LittleEndian)
{
    const auto result = EncodingDetector::detect(corpus("locations-excel-unicode.txt"));
    EXPECT_EQ(result.name, "UTF-16LE");
    EXPECT_EQ(result.basis, Basis::ByteOrderMark);
    EXPECT_EQ(result.bomLength, 2);
}

TEST(EncodingDetector, Utf16WithoutBomIsFoundByItsZeroBytes)
{
    const QByteArray withBom = corpus("locations-excel-unicode.txt");
    EXPECT_EQ(EncodingDetector::detect(withBom.sliced(2)).name, "UTF-16LE");
    EXPECT_EQ(EncodingDetector::detect(withBom.sliced(2)).basis, Basis::Utf16Pattern);

    QStringEncoder bigEndian("UTF-16BE");
    const QByteArray be = bigEndian.encode(QStringLiteral("code\tcity\r\nLV-RIX\tRīga\r\n"));
    EXPECT_EQ(EncodingDetector::detect(be).name, "UTF-16BE");
}

TEST(EncodingDetector, SwedishAndNorwegianNamesAreWindows1252)
{
    const QByteArray bytes = corpus("locations-windows1252.csv");
    const auto result = EncodingDetector::detect(bytes);
    EXPECT_EQ(result.name, "windows-1252") << result.reason.toStdString();
    const QString text = decoded(bytes, result.name);
    EXPECT_TRUE(text.contains(QStringLiteral("Bjørn Ødegård")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ærøskøbing")));
    EXPECT_TRUE(text.contains(QStringLiteral("Malmö")));
}

TEST(EncodingDetector, BalticNamesAreWindows1257)
{
    const QByteArray bytes = corpus("locations-windows1257.csv");
    const auto result = EncodingDetector::detect(bytes);
    EXPECT_EQ(result.name, "windows-1257") << result.reason.toStdString();
    EXPECT_EQ(result.basis, Basis::TieBreak);
    const QString text = decoded(bytes, result.name);
    EXPECT_TRUE(text.contains(QStringLiteral("Rīga")));
    EXPECT_TRUE(text.contains(QStringLiteral("Jūrmala")));
    EXPECT_TRUE(text.contains(QStringLiteral("Šiauliai")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ģirts Ķēniņš")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pärnu")));
}

TEST(EncodingDetector, TieBreakDecidesShortFiles)
{
    // uchardet answers ISO-8859-13 and ISO-8859-15 for these; the tie-break names the Windows
    // code pages Excel wrote them in.
    EXPECT_EQ(EncodingDetector::detect(corpus("baltic-short-windows1257.csv")).name, "windows-1257");
    EXPECT_EQ(EncodingDetector::detect(corpus("nordic-short-windows1252.csv")).name, "windows-1252");
}

TEST(EncodingDetector, PolishIsWindows1250)
{
    QStringEncoder encoder("windows-1250");
    const QByteArray bytes = encoder.encode(
        QStringLiteral("code;city;manager\r\nPL-LDZ;Łódź;Paweł Żółć\r\nPL-GDN;Gdańsk;Zofia Jędrzejczyk\r\n"
                       "PL-WAW;Warszawa;Małgorzata Świętochowska\r\nPL-KRK;Kraków;Łukasz Wróbel\r\n"));
    const auto result = EncodingDetector::detect(bytes);
    EXPECT_EQ(result.name, "windows-1250") << result.reason.toStdString();
    EXPECT_TRUE(decoded(bytes, result.name).contains(QStringLiteral("Małgorzata Świętochowska")));
}

TEST(EncodingDetector, PlainAsciiIsReadAsUtf8)
{
    const auto result = EncodingDetector::detect(corpus("formula-cells.csv"));
    EXPECT_EQ(result.name, "UTF-8");
    EXPECT_EQ(result.basis, Basis::Ascii);
}

TEST(EncodingDetector, UserChoiceOverridesDetection)
{
    const auto result = EncodingDetector::detect(corpus("locations-windows1252.csv"), "windows-1257");
    EXPECT_EQ(result.name, "windows-1257");
    EXPECT_EQ(result.basis, Basis::Override);
    EXPECT_EQ(result.reason, QStringLiteral("chosen by the user"));
    // A BOM of the chosen encoding is still recognised.
    EXPECT_EQ(EncodingDetector::detect(corpus("locations-utf8-bom-semicolon.csv"), "UTF-8").bomLength, 3);
}

TEST(EncodingDetector, KoreanCp949IsNotTakenForUtf8)
{
    const auto result = EncodingDetector::detect(corpus("kiosk-kservqual-cp949.csv"));
    EXPECT_NE(result.name, "UTF-8");
    EXPECT_EQ(result.name, "CP949") << result.reason.toStdString(); // uchardet says UHC
}

TEST(EncodingDetector, StrictUtf8RejectsOverlongSurrogatesAndTruncation)
{
    EXPECT_TRUE(EncodingDetector::isValidUtf8(QByteArrayView("R\xC4\xABga")));
    EXPECT_TRUE(EncodingDetector::isValidUtf8(QByteArrayView("\xF0\x9F\x98\x80")));
    EXPECT_FALSE(EncodingDetector::isValidUtf8(QByteArrayView("\xC0\xAF"))); // overlong '/'
    EXPECT_FALSE(EncodingDetector::isValidUtf8(QByteArrayView("\xED\xA0\x80"))); // surrogate
    EXPECT_FALSE(EncodingDetector::isValidUtf8(QByteArrayView("\xF4\x90\x80\x80"))); // > U+10FFFF
    EXPECT_FALSE(EncodingDetector::isValidUtf8(QByteArrayView("Malm\xF6"))); // windows-1252 ö
    EXPECT_FALSE(EncodingDetector::isValidUtf8(QByteArrayView("R\xC4")));
    EXPECT_TRUE(EncodingDetector::isValidUtf8(QByteArrayView("R\xC4"), true)); // a sample's cut
}

TEST(EncodingDetector, MapsUchardetNamesToDecoderNames)
{
    EXPECT_EQ(EncodingDetector::decoderName("UHC"), "CP949");
    EXPECT_EQ(EncodingDetector::decoderName("EUC-KR"), "CP949");
    EXPECT_EQ(EncodingDetector::decoderName("WINDOWS-1257"), "windows-1257");
    EXPECT_EQ(EncodingDetector::decoderName("ASCII"), "UTF-8");
    EXPECT_EQ(EncodingDetector::decoderName("ISO-8859-13"), "ISO-8859-13");
    EXPECT_EQ(EncodingDetector::decoderName(""), "");
    EXPECT_TRUE(EncodingDetector::isDecodable("CP949"));
    EXPECT_TRUE(EncodingDetector::isDecodable("windows-1257"));
    EXPECT_FALSE(EncodingDetector::isDecodable("no-such-encoding"));
}

TEST(EncodingDetector, PlausibilityPrefersTheRightDecoding)
{
    // Baltic text against what windows-1252 makes of the same bytes.
    EXPECT_GT(EncodingDetector::plausibility(u"Šiauliai Jūrmala Rīga"),
              EncodingDetector::plausibility(u"Ðiauliai Jûrmala Rîga"));
    // Norwegian text against what windows-1257 makes of it.
    EXPECT_GT(EncodingDetector::plausibility(u"Bjørn Ærø"), EncodingDetector::plausibility(u"Bjųrn Ęrų"));
    // Symbols inside words and control characters count against.
    EXPECT_LT(EncodingDetector::plausibility(u"Gda¤sk"), 0);
    EXPECT_LT(EncodingDetector::plausibility(u"Gda\u0081sk"), EncodingDetector::plausibility(u"Gda¤sk"));
    EXPECT_EQ(EncodingDetector::plausibility(u"plain ascii"), 0);
}
