#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes tables as an .xlsx workbook through libxlsxwriter, one sheet per table, with numbers
// as numbers (a cell that reads as a plain number is written as one, so a spreadsheet sums
// it), a bold header row and frozen panes. Formulas are never written: text is text. The file
// is written beside the target and renamed over it at the end, so a failure leaves what was
// there.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    struct Sheet
    {
        QString name; // at most 31 characters, no []:*?/\ (cut and replaced when needed)
        QList<QStringList> rows; // the first is the header
        QList<int> numericColumns; // columns written as numbers where a cell reads as one
    };

    static bool write(const QString& path, const QList<Sheet>& sheets, QString* error);
};
