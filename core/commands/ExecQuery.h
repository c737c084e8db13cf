#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

// Runs a prepared statement inside a command's write; on failure sets *error to SQLite's own
// message, which Project::write passes on with the transaction rolled back.
inline bool execQuery(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().databaseText();
    return false;
}
