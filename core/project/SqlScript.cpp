#include "SqlScript.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

QStringList SqlScript::split(const QString& script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (pending.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        pending += line + QLatin1Char('\n');
        if (sqlite3_complete(pending.toUtf8().constData())) {
            statements << pending.trimmed();
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements << pending.trimmed();
    return statements;
}

bool SqlScript::execute(const QSqlDatabase& db, const QString& script, QString* error)
{
    for (const QString& statement : split(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            if (error)
                *error = QStringLiteral("%1 (in: %2)")
                             .arg(query.lastError().databaseText(), statement.section(QLatin1Char('\n'), 0, 0));
            return false;
        }
    }
    return true;
}
