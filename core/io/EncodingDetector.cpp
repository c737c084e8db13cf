#include "EncodingDetector.h"

#include <QList>
#include <QStringDecoder>
#include <memory>
#include <uchardet/uchardet.h>

namespace {

struct Bom
{
    const char* bytes;
    int length;
    const char* name;
};

// UTF-32 before UTF-16: FF FE 00 00 would otherwise read as a UTF-16LE BOM.
constexpr Bom boms[] = {
    { "\xEF\xBB\xBF", 3, "UTF-8" },        { "\xFF\xFE\x00\x00", 4, "UTF-32LE" },
    { "\x00\x00\xFE\xFF", 4, "UTF-32BE" }, { "\xFF\xFE", 2, "UTF-16LE" },
    { "\xFE\xFF", 2, "UTF-16BE" },
};

const Bom* bomOf(QByteArrayView bytes)
{
    for (const Bom& bom : boms) {
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.length)))
            return &bom;
    }
    return nullptr;
}

int bomLengthFor(QByteArrayView bytes, const QByteArray& name)
{
    const Bom* bom = bomOf(bytes);
    return bom && name.compare(bom->name, Qt::CaseInsensitive) == 0 ? bom->length : 0;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// UTF-16 without a BOM: Latin text has a zero byte in every other place. Returns the name or "".
QByteArray utf16Pattern(QByteArrayView bytes)
{
    const qsizetype pairs = qMin<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 4)
        return {};
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        zeroEven += bytes[2 * i] == '\0';
        zeroOdd += bytes[2 * i + 1] == '\0';
    }
    // Most pairs must show the pattern and almost none the opposite one (a binary file has
    // zeros everywhere).
    if (zeroOdd * 10 >= pairs * 7 && zeroEven * 20 <= pairs)
        return QByteArrayLiteral("UTF-16LE");
    if (zeroEven * 10 >= pairs * 7 && zeroOdd * 20 <= pairs)
        return QByteArrayLiteral("UTF-16BE");
    return {};
}

QByteArray runUchardet(QByteArrayView sample)
{
    const std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (!detector)
        return {};
    if (uchardet_handle_data(detector.get(), sample.data(), static_cast<size_t>(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

// The single-byte Latin code pages uchardet mixes up; for these the tie-break decides.
bool isLatinSingleByte(const QByteArray& uchardetName)
{
    static const QList<QByteArray> names = {
        "ISO-8859-1",   "ISO-8859-2",        "ISO-8859-3",  "ISO-8859-4",   "ISO-8859-9",   "ISO-8859-10",
        "ISO-8859-13",  "ISO-8859-15",       "ISO-8859-16", "WINDOWS-1250", "WINDOWS-1252", "WINDOWS-1254",
        "WINDOWS-1257", "MAC-CENTRALEUROPE", "IBM852",      "MAC-ROMAN",
    };
    return uchardetName.isEmpty() || names.contains(uchardetName.toUpper());
}

// The Windows code page that Excel would have written instead of an ISO or DOS one.
QByteArray windowsCounterpart(const QByteArray& decoderName)
{
    const QByteArray upper = decoderName.toUpper();
    if (upper == "ISO-8859-1" || upper == "ISO-8859-15" || upper == "MACINTOSH")
        return QByteArrayLiteral("windows-1252");
    if (upper == "ISO-8859-2" || upper == "IBM852" || upper == "X-MAC-CE")
        return QByteArrayLiteral("windows-1250");
    if (upper == "ISO-8859-4" || upper == "ISO-8859-13")
        return QByteArrayLiteral("windows-1257");
    if (upper == "ISO-8859-9")
        return QByteArrayLiteral("windows-1254");
    return decoderName;
}

QString decodeAll(QByteArrayView bytes, const QByteArray& name)
{
    QStringDecoder decoder(name.constData());
    return decoder.isValid() ? decoder.decode(bytes) : QString();
}

// Letters of the languages our clients write, by how much they speak for a decoding.
// Baltic and Polish letters are unlikely to appear by accident; ę ų ć are the exceptions, as
// they are what 1257 and 1250 make of the Nordic æ ø (bytes E6, F8), so they weigh less than
// æ ø themselves.
int letterWeight(char16_t c)
{
    static constexpr QStringView strong = u"āēīūļņķģšžčėįąłśźżń";
    static constexpr QStringView nordic = u"åäöøæéüõóß";
    static constexpr QStringView icelandic = u"ðþ"; // what 1252 makes of Baltic š ž
    const auto lower = static_cast<char16_t>(QChar::toLower(c));
    if (strong.contains(QChar(lower)))
        return 3;
    if (nordic.contains(QChar(lower)))
        return 2;
    if (icelandic.contains(QChar(lower)))
        return 0;
    return 1; // ę ų ć, and every other letter: possible, not telling
}

// Punctuation that real text has outside ASCII; no evidence either way.
bool isTypographic(char16_t c)
{
    static constexpr QStringView typographic = u"\u00A0€‚„“”‘’–—…•«»°§™©®";
    return typographic.contains(QChar(c));
}

} // namespace

EncodingDetector::Result EncodingDetector::detect(QByteArrayView bytes, const QByteArray& override)
{
    if (!override.isEmpty()) {
        return { override, Basis::Override, Confidence::Certain, tr("chosen by the user"),
                 bomLengthFor(bytes, override) };
    }
    if (const Bom* bom = bomOf(bytes)) {
        const QByteArray name(bom->name);
        return { name, Basis::ByteOrderMark, Confidence::Certain,
                 tr("byte order mark (%1)").arg(QString::fromLatin1(name)), bom->length };
    }
    const QByteArrayView sample = bytes.first(qMin(bytes.size(), maxSampleBytes));
    const bool truncated = sample.size() < bytes.size();
    // Before ASCII: UTF-16 Latin text without a BOM is all 7-bit bytes too.
    const QByteArray utf16 = utf16Pattern(sample);
    if (!utf16.isEmpty()) {
        return { utf16, Basis::Utf16Pattern, Confidence::High,
                 tr("no byte order mark, but every other byte is zero (%1)").arg(QString::fromLatin1(utf16)),
                 0 };
    }
    if (isAscii(sample)) {
        return { QByteArrayLiteral("UTF-8"), Basis::Ascii, Confidence::Certain,
                 tr("plain ASCII text, read as UTF-8"), 0 };
    }
    if (isValidUtf8(sample, truncated))
        return { QByteArrayLiteral("UTF-8"), Basis::Utf8, Confidence::High, tr("valid UTF-8 text"), 0 };
    return detectLegacy(sample);
}

EncodingDetector::Result EncodingDetector::detectLegacy(QByteArrayView sample)
{
    const QByteArray answer = runUchardet(sample);
    const QByteArray answerName = decoderName(answer);
    if (!isLatinSingleByte(answer) && isDecodable(answerName)) {
        return { answerName, Basis::Detector, Confidence::Low,
                 tr("guessed by uchardet (%1)").arg(QString::fromLatin1(answer)), 0 };
    }

    // The tie-break. Candidates in order of preference for equal scores.
    QList<QByteArray> candidates;
    const auto add = [&candidates](const QByteArray& name) {
        if (!name.isEmpty() && isDecodable(name) && !candidates.contains(name))
            candidates.append(name);
    };
    add(windowsCounterpart(answerName));
    add(answerName);
    add(QByteArrayLiteral("windows-1252"));
    add(QByteArrayLiteral("windows-1257"));
    add(QByteArrayLiteral("windows-1250"));

    QByteArray best;
    int bestScore = 0;
    for (const QByteArray& name : std::as_const(candidates)) {
        const int score = plausibility(decodeAll(sample, name));
        if (best.isEmpty() || score > bestScore) {
            best = name;
            bestScore = score;
        }
    }
    if (best.isEmpty()) {
        return { QByteArrayLiteral("windows-1252"), Basis::Fallback, Confidence::Low,
                 tr("could not tell the encoding; assuming windows-1252"), 0 };
    }
    const QString suggested = answer.isEmpty() ? tr("nothing") : QString::fromLatin1(answer);
    return { best, Basis::TieBreak, Confidence::Low,
             tr("uchardet suggested %1; decoded as %2 the text reads most like Nordic, Baltic or Polish")
                 .arg(suggested, QString::fromLatin1(best)),
             0 };
}

bool EncodingDetector::isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, code = lead & 0x1Fu, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, code = lead & 0x0Fu, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, code = lead & 0x07u, minimum = 0x10000;
        } else {
            return false; // a continuation byte without a lead, or F8..FF
        }
        if (i + length > size) {
            // Cut by the end: fine for a sample, invalid for a whole file. The bytes that are
            // there must still be continuation bytes.
            for (qsizetype k = i + 1; k < size; ++k) {
                if ((static_cast<unsigned char>(bytes[k]) & 0xC0) != 0x80)
                    return false;
            }
            return allowTruncatedEnd;
        }
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false; // overlong form, beyond Unicode, or a UTF-16 surrogate
        i += length;
    }
    return true;
}

bool EncodingDetector::isDecodable(const QByteArray& name)
{
    return !name.isEmpty() && QStringDecoder(name.constData()).isValid();
}

QByteArray EncodingDetector::decoderName(const QByteArray& uchardetName)
{
    const QByteArray upper = uchardetName.toUpper();
    if (upper.isEmpty())
        return {};
    if (upper == "ASCII")
        return QByteArrayLiteral("UTF-8");
    // Korean: CP949 (Unified Hangul Code) is the superset Windows writes; EUC-KR text decodes
    // the same with it.
    if (upper == "UHC" || upper == "EUC-KR")
        return QByteArrayLiteral("CP949");
    if (upper == "UTF-16")
        return QByteArrayLiteral("UTF-16LE");
    if (upper == "UTF-32")
        return QByteArrayLiteral("UTF-32LE");
    if (upper.startsWith("WINDOWS-"))
        return "windows-" + upper.mid(8);
    if (upper == "MAC-CENTRALEUROPE")
        return QByteArrayLiteral("x-mac-ce");
    if (upper == "MAC-ROMAN")
        return QByteArrayLiteral("macintosh");
    return upper;
}

int EncodingDetector::plausibility(QStringView text)
{
    int score = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            continue; // the same in every candidate
        if (c == QChar::ReplacementCharacter || (c >= 0x80 && c < 0xA0)) {
            score -= 10; // a byte the code page does not define, or a C1 control
            continue;
        }
        if (text[i].isLetter()) {
            score += letterWeight(c);
            continue;
        }
        if (isTypographic(c))
            continue;
        // Other symbols ('¤', '¸', '³', '¹', '¿', ...) are likely inside a word only when the
        // code page is wrong.
        const bool letterBefore = i > 0 && text[i - 1].isLetter();
        const bool letterAfter = i + 1 < size && text[i + 1].isLetter();
        score -= (letterBefore && letterAfter) ? 5 : 1;
    }
    return score;
}
