#include "RowSnapshot.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

bool RowSnapshot::capture(const QSqlDatabase& db, const QString& table, const QString& where, const QVariantList& bind,
                          std::vector<RowSnapshot>* rows, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true); // read once: Qt need not cache every row
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
    for (const QVariant& value : bind)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().databaseText();
        return false;
    }
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    while (query.next()) {
        RowSnapshot row{table, columns, {}};
        for (int i = 0; i < record.count(); ++i)
            row.values << query.value(i);
        rows->push_back(std::move(row));
    }
    return true;
}

bool RowSnapshot::restore(const QSqlDatabase& db, const std::vector<RowSnapshot>& rows, QString* error)
{
    QSqlQuery query(db);
    QString prepared;
    for (const RowSnapshot& row : rows) {
        QStringList marks;
        for (qsizetype i = 0; i < row.columns.size(); ++i)
            marks << QStringLiteral("?");
        // Rows of one table come in runs: the statement is prepared once per run.
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(row.table, row.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        if (sql != prepared && !query.prepare(sql)) {
            if (error)
                *error = query.lastError().databaseText();
            return false;
        }
        prepared = sql;
        for (const QVariant& value : row.values)
            query.addBindValue(value);
        if (!query.exec()) {
            if (error)
                *error = query.lastError().databaseText();
            return false;
        }
    }
    return true;
}
