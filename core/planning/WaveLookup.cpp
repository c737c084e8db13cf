#include "WaveLookup.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

std::optional<qint64> WaveLookup::find(const QSqlDatabase& db, const QString& codeOrName, QString* error)
{
    auto fail = [error](const QString& message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QSqlQuery query(db);
    for (const char* column : {"code", "name"}) {
        query.prepare(QStringLiteral("SELECT id FROM wave WHERE %1 = ? ORDER BY starts_on").arg(QLatin1String(column)));
        query.addBindValue(codeOrName);
        if (!query.exec())
            return fail(tr("The waves cannot be read: %1").arg(query.lastError().text()));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        if (ids.size() == 1)
            return ids.first();
        if (ids.size() > 1)
            return fail(tr("%n waves are named “%1”: give the wave's code instead.", nullptr, int(ids.size())).arg(codeOrName));
    }
    return fail(tr("There is no wave with the code or name “%1”.").arg(codeOrName));
}
