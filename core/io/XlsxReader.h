#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Reads every sheet of an .xlsx workbook as text, the way a user sees the cells (for importing
// XLSForm questionnaires). The zip is read with libzip, the XML parts with QXmlStreamReader.
//
// What a cell becomes:
// - text (shared or inline, rich-text runs joined, spaces kept) as written;
// - a number as typed: 12 not 12.0, 0.1 not 0.1000000000000000055, at most the 15 significant
//   digits Excel keeps of a typed number (so a sum shows 0.3 as in Excel, not 0.30000000000000004);
// - a date stays its serial number (45292 for 2024-01-01): styles are not read, and an XLSForm
//   has no dates to convert;
// - TRUE or FALSE for a boolean, as Excel shows it and writes it to CSV;
// - a formula gives its cached value (empty when the file was never calculated);
// - an error cell gives its error text, such as #DIV/0! or #N/A.
// Rows are padded to the width of the widest one; missing cells and rows in the middle are empty
// strings in place, empty rows at the end are dropped.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    struct Sheet
    {
        QString name;
        QList<QStringList> rows; // all the same width
    };

    // No part is inflated beyond this many bytes, against zip bombs; an XLSForm is a few kB.
    static constexpr qint64 maxPartBytes = 200LL * 1024 * 1024;
    // No sheet is padded to more cells than this (a lone cell at XFD1048576 would be 17 billion).
    static constexpr qint64 maxSheetCells = 10'000'000;

    // All sheets in workbook order. On failure, nullopt and *error names the file and what is
    // wrong with it (an old .xls, a password-protected file, a damaged part, ...).
    static std::optional<QList<Sheet>> read(const QString& path, QString* error);

    // A cell's number the way a user would have typed it: "12", "0.1", "-3.25", "1.5E+20".
    static QString numberText(double value);
};
