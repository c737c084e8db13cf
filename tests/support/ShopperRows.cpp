#include "ShopperRows.h"

#include <QSqlQuery>
#include <QSqlRecord>

QStringList shopperRows(const QSqlDatabase& db)
{
    QStringList rows;
    for (const char* table : {"shopper", "shopper_personal", "shopper_language", "shopper_tag", "shopper_unavailable",
                              "shopper_conflict"}) {
        QSqlQuery query(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)), db);
        while (query.next()) {
            QStringList values{QString::fromLatin1(table)};
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows;
}
