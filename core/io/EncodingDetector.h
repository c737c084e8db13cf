#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Tells which text encoding a file's bytes are in, as a name QStringDecoder accepts.
//
// Order, most certain first: the user's choice; a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32);
// plain ASCII; strictly valid UTF-8 (overlong forms, surrogates and truncated sequences are
// invalid, so legacy 8-bit text is almost never taken for UTF-8); UTF-16 without a BOM (every
// other byte zero); then uchardet's statistical guess.
//
// uchardet confuses the Latin single-byte code pages among themselves on the short, name-heavy
// files clients send (Windows-1257 Baltic text comes back as ISO-8859-13, 1252 or 1250; 1252 as
// ISO-8859-15). So when its answer is one of them, a tie-break decodes the sample with each
// candidate (its answer, that answer's Windows code page, windows-1252, windows-1257,
// windows-1250) and keeps the one whose text reads most like our markets' languages
// (plausibility(): Baltic and Polish letters score highest, Nordic letters next, other letters
// little; control characters, undecodable bytes and symbols such as '¤' or '¸' inside words
// count against). Ties keep the Windows code page of uchardet's answer: Excel writes those.
class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(EncodingDetector)

public:
    enum class Basis
    {
        Override, // the user chose it
        ByteOrderMark, // the file starts with a BOM
        Ascii, // only 7-bit bytes: read as UTF-8
        Utf8, // non-ASCII and strictly valid UTF-8
        Utf16Pattern, // no BOM, but zero bytes in every other place
        Detector, // uchardet, taken as it is
        TieBreak, // uchardet's Latin answer, checked by decoding the candidates
        Fallback, // nothing said anything: windows-1252
    };
    enum class Confidence
    {
        Low,
        High,
        Certain
    };

    struct Result
    {
        QByteArray name; // for QStringDecoder: "UTF-8", "UTF-16LE", "windows-1257", "CP949", ...
        Basis basis = Basis::Fallback;
        Confidence confidence = Confidence::Low;
        QString reason; // one line for the import preview ("byte order mark (UTF-16LE)")
        int bomLength = 0; // bytes of a BOM that belongs to `name` (QStringDecoder skips it itself)
    };

    // Detection looks at no more than this many bytes from the start; enough for any guess and
    // it keeps a 200 MB file's detection in the tens of milliseconds.
    static constexpr qsizetype maxSampleBytes = 8 * 1024 * 1024;

    // `override`, when not empty, is the user's choice and is returned as it is.
    static Result detect(QByteArrayView bytes, const QByteArray& override = {});

    // Strict UTF-8 (RFC 3629). `allowTruncatedEnd` accepts a sequence cut by the end of a sample.
    static bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedEnd = false);
    // Whether QStringDecoder (with ICU) knows the name.
    static bool isDecodable(const QByteArray& name);
    // uchardet's charset name as a QStringDecoder name ("UHC" -> "CP949", "WINDOWS-1257" ->
    // "windows-1257", "ASCII" -> "UTF-8"); empty when uchardet had no answer.
    static QByteArray decoderName(const QByteArray& uchardetName);
    // The tie-break's score of decoded text: higher reads more like Nordic, Baltic or Polish.
    static int plausibility(QStringView text);

private:
    static Result detectLegacy(QByteArrayView sample);
};
