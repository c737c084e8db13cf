#pragma once

#include "CsvDialect.h"
#include "CsvProblem.h"
#include "CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

// Reads a whole CSV file into a CsvTable, with every problem named by line and column.
//
// What a caller can rely on:
// - Nothing is half-read. A file that cannot be read as a whole (empty, over the size limit,
//   undecodable in its encoding, a NUL byte, a quote that is never closed, a malformed quote)
//   gives std::nullopt and Fatal problems. Otherwise the table holds every good row; a row
//   with the wrong number of fields, or a field over the limit, is left out whole and listed as
//   an Error, never padded, cut or shifted. An all-or-nothing import refuses when `problems`
//   holds any Error; "import the valid rows" uses the table as it is.
// - Text is decoded with the dialect's encoding, or the detected one when it is empty
//   (EncodingDetector); a BOM of that encoding is skipped. Line breaks \r\n, \n and a lone \r
//   are all accepted, even mixed in one file; line breaks inside quoted fields come back as \n.
// - Trimming: spaces and tabs around a field, outside its quotes, are removed (" Rīga " is
//   "Rīga"); whatever is inside quotes is kept exactly ("\" Rīga \"" is " Rīga "). Clients' files
//   pad cells by accident, never on purpose outside quotes.
// - Empty lines and rows whose fields are all empty (Excel writes ",,,," for formatted but
//   empty rows) are skipped. The header is the first row that is not skipped.
// - Limits: files over maxFileBytes (200 MiB by default: about 2 million location rows, and
//   a few times that in memory) are refused before reading; fields over maxFieldBytes (1 MiB)
//   are reported. Both can be changed, say for tests.
// - Rows carry the line of the file where they start (CsvTable::lines), so messages match what
//   the user sees in an editor.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qint64 defaultMaxFileBytes = 200LL * 1024 * 1024;
    static constexpr qsizetype defaultMaxFieldBytes = 1024 * 1024;

    // Reads with the dialect CsvSniffer guesses from the file itself.
    CsvReader() = default;
    // Reads with the given dialect (an empty encoding is still detected).
    explicit CsvReader(const CsvDialect& dialect);

    void setMaxFileBytes(qint64 bytes) { m_maxFileBytes = bytes; }
    void setMaxFieldBytes(qsizetype bytes) { m_maxFieldBytes = bytes; }
    // Called now and then with the bytes read so far and the total; returning false cancels
    // (a Fatal problem "reading was cancelled"). Runs on the reading thread.
    void setProgressHandler(std::function<bool(qint64 done, qint64 total)> handler)
    {
        m_progress = std::move(handler);
    }

    // `problems` may be null when only the table matters.
    std::optional<CsvTable> readFile(const QString& path, QList<CsvProblem>* problems) const;
    // `fileName` names the source in problems.
    std::optional<CsvTable> readBytes(const QByteArray& bytes, QList<CsvProblem>* problems,
                                      const QString& fileName = {}) const;
    // A file's bytes, refusing a missing, unreadable or too large file, for callers that sniff
    // and show a preview before reading.
    std::optional<QByteArray> loadFile(const QString& path, QList<CsvProblem>* problems) const;

private:
    std::optional<CsvDialect> m_dialect;
    qint64 m_maxFileBytes = defaultMaxFileBytes;
    qsizetype m_maxFieldBytes = defaultMaxFieldBytes;
    std::function<bool(qint64, qint64)> m_progress;
};
