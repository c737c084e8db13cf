#pragma once

#include <QByteArray>

// How a CSV file is written: what CsvSniffer guesses, what the import preview lets the user
// change, and what CsvReader reads with.
struct CsvDialect
{
    // ',', ';', '\t' or '|' (any ASCII character works; the text is parsed as UTF-8).
    char delimiter = ',';
    // '"' as RFC 4180 says; '\'' for the rare file that quotes with apostrophes.
    char quote = '"';
    // The first non-empty row holds column names.
    bool hasHeader = true;
    // A QStringDecoder name ("UTF-8", "UTF-16LE", "windows-1257", "CP949", ...). Empty means
    // "detect it" (EncodingDetector) when reading.
    QByteArray encoding;
    // Numbers are written with a decimal comma (56,9496), as Excel does in Nordic, Baltic and
    // Polish locales. The reader returns text as it is; importers use this to parse numbers.
    bool decimalComma = false;

    friend bool operator==(const CsvDialect&, const CsvDialect&) = default;
};
