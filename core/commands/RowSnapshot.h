#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

// Rows as they were, all columns, ids included: what a delete or a structural edit keeps so
// that undo puts back exactly the same rows with the same ids. Table names and conditions come
// from our code; values are always bound.
struct RowSnapshot
{
    QString table;
    QStringList columns;
    QVariantList values;

    // The value of a column (an invalid QVariant when the row has no such column).
    QVariant value(const char* column) const { return values.value(columns.indexOf(QLatin1String(column))); }

    // Appends the rows of `table` matching `where` (with `?` placeholders) to *rows.
    static bool capture(const QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& bind,
                        std::vector<RowSnapshot>* rows, QString* error);
    // Inserts the rows in order (parents before children).
    static bool restore(const QSqlDatabase& db, const std::vector<RowSnapshot>& rows, QString* error);
};
