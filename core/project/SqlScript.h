#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// A multi-statement SQL text. SQLite prepares only the first statement of a string, so the
// script is split into complete statements with SQLite's own tokenizer (sqlite3_complete),
// which knows about strings, comments and trigger bodies.
class SqlScript
{
public:
    static QStringList split(const QString& script);
    // Executes every statement; on failure names the statement's first line.
    static bool execute(const QSqlDatabase& db, const QString& script, QString* error);
};
