#pragma once

#include "CsvDialect.h"
#include "EncodingDetector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <QStringView>

// Guesses a CSV file's dialect from its start (the first 64 KiB), for the import preview where
// the user can correct each part.
//
// - Delimiter: ',', ';', '\t' or '|', whichever gives the most consistent number of fields
//   (at least 2) over the sample's rows, parsed with quotes respected (libcsv, strict: a
//   delimiter that makes the quoting malformed is out). Equal consistency: more fields wins,
//   then the order above. No candidate: ',' (a one-column file).
// - Quote: '"', unless the sample has none and fields are wrapped in apostrophes.
// - Header: the first row is a header unless a cell of it is empty, a number or repeated, or it
//   looks like the data below it (codes over codes); text labels over columns of numbers or
//   codes speak for it.
// - Decimal comma: with a delimiter other than ',', numbers like 56,9496 outnumber 56.9496.
class CsvSniffer
{
public:
    static constexpr qsizetype sampleBytes = 64 * 1024;
    static constexpr int sampleRowLimit = 100;

    // A non-empty `encoding` is the user's choice; otherwise it is detected. `detected`, when
    // given, receives the detector's result with its reason.
    static CsvDialect sniff(QByteArrayView bytes, const QByteArray& encoding = {},
                            EncodingDetector::Result* detected = nullptr);

    // The parts, on decoded text whose line breaks are \n.
    static char sniffQuote(QStringView text);
    static char sniffDelimiter(QStringView text, char quote = '"');
    static bool sniffHeader(const QList<QStringList>& rows);
    static bool sniffDecimalComma(const QList<QStringList>& rows, char delimiter, bool hasHeader);
    // Up to `maxRows` non-empty rows of the text, parsed with libcsv; stops quietly at an error.
    static QList<QStringList> parseSample(QStringView text, char delimiter, char quote, int maxRows,
                                          bool* malformed = nullptr);
};
