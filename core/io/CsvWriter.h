#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <memory>

// Writes RFC 4180 CSV: fields separated by the delimiter, rows ended by CRLF, a field quoted
// when it holds the delimiter, a quote, a line break or spaces at either end (inner quotes
// doubled), UTF-8, optionally with a BOM so that Excel recognises the encoding.
//
// Formula neutralising (on by default): a cell that starts with = + - @ tab or CR would be run
// as a formula when the file is opened in Excel or LibreOffice (CSV injection: `=cmd|' /C
// calc'!A0`, `=HYPERLINK(...)` leaking data). Such a cell is written with a leading apostrophe,
// which spreadsheets show as text and do not evaluate; quoting alone does not stop them. Plain
// numbers (-12.5, +3) are left alone: they are numbers to a spreadsheet, not formulas. Our
// reader returns the apostrophe as part of the text; a re-import sees what the user saw.
//
// Files are written through QSaveFile: the target is replaced only when everything was
// written, so a failed or cancelled export leaves the previous file as it was.
//
//     CsvWriter writer;
//     writer.setDelimiter(';');
//     if (!writer.open(path, &error)) ...
//     writer.writeRow(header); for (...) writer.writeRow(row);
//     if (!writer.commit(&error)) ...
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    CsvWriter() = default;

    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    void setByteOrderMark(bool bom) { m_byteOrderMark = bom; }
    void setNeutraliseFormulas(bool neutralise) { m_neutraliseFormulas = neutralise; }

    // One row as bytes, CRLF included.
    QByteArray encodeRow(const QStringList& fields) const;
    // A whole document, BOM included when set.
    QByteArray toBytes(const QList<QStringList>& rows) const;

    // Streaming: open, write rows, commit. Nothing appears at `path` before commit().
    bool open(const QString& path, QString* error);
    bool writeRow(const QStringList& fields);
    bool commit(QString* error);
    // Drops what was written; the file at `path` stays as it was.
    void cancel();

    // One call for small tables.
    bool writeFile(const QString& path, const QList<QStringList>& rows, QString* error);

    // The cell as it is written before quoting: with a leading apostrophe when it looks like a
    // formula.
    static QString neutralised(const QString& cell);
    // The cell as it was before neutralised(): an apostrophe that neutralised() would have put
    // there is taken off ("'+371 2612 3456" is "+371 2612 3456" again); anything else is kept.
    static QString unneutralised(const QString& cell);

private:
    QByteArray encodeField(const QString& field) const;

    char m_delimiter = ',';
    bool m_byteOrderMark = false;
    bool m_neutraliseFormulas = true;
    std::unique_ptr<QSaveFile> m_file;
};
