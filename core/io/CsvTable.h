#pragma once

#include "CsvDialect.h"

#include <QList>
#include <QStringList>

// A CSV file as read: the header, the rows, and for each row the line of the file where it
// starts (rows may span lines when quoted fields hold line breaks), so every later message
// (duplicate code, bad coordinate) can name the line the user sees in an editor.
struct CsvTable
{
    QStringList header; // empty when the dialect has no header
    qsizetype headerLine = 0;
    QList<QStringList> rows;
    QList<qsizetype> lines; // lines[i]: 1-based line where rows[i] starts
    CsvDialect dialect; // the dialect read with, the encoding resolved

    qsizetype rowCount() const { return rows.size(); }
    // The header's width, or the first row's when there is no header.
    qsizetype columnCount() const
    {
        return !header.isEmpty() ? header.size() : (rows.isEmpty() ? 0 : rows.first().size());
    }
    // The index of a header cell, compared without case; -1 when there is none.
    qsizetype columnOf(const QString& name) const
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).compare(name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }
};
