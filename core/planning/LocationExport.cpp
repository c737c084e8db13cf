#include "LocationExport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

QList<QStringList> LocationExport::rows(const QSqlDatabase& db, QString* error)
{
    QList<QStringList> rows{{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("brand"),
                             QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("area"), QStringLiteral("address"),
                             QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("latitude"),
                             QStringLiteral("longitude"), QStringLiteral("staff"), QStringLiteral("size"),
                             QStringLiteral("manager_email"), QStringLiteral("competitor"), QStringLiteral("active")}};
    // Geography is re-assembled from the unit the location hangs off, whatever its level.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT l.code, l.name, l.channel, l.brand, "
            "CASE g.level WHEN 'country' THEN g.name WHEN 'region' THEN p.name ELSE pp.name END, "
            "CASE g.level WHEN 'region' THEN g.name WHEN 'area' THEN p.name END, "
            "CASE g.level WHEN 'area' THEN g.name END, "
            "l.address, l.postcode, l.city, l.latitude, l.longitude, l.staff_count, l.size_class, "
            "l.manager_email, l.is_competitor, l.active FROM location l "
            "LEFT JOIN geo_unit g ON g.id = l.geo_unit_id LEFT JOIN geo_unit p ON p.id = g.parent_id "
            "LEFT JOIN geo_unit pp ON pp.id = p.parent_id ORDER BY l.code"))) {
        if (error)
            *error = query.lastError().databaseText();
        return {};
    }
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << (i >= 15 ? (query.value(i).toInt() ? QStringLiteral("yes") : QStringLiteral("no")) : query.value(i).toString());
        rows << row;
    }
    return rows;
}
