#include "LocationExport.h"

#include "OpeningHours.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <array>

QList<QStringList> LocationExport::rows(const QSqlDatabase& db, QString* error)
{
    QList<QStringList> rows{{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("brand"),
                             QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("area"), QStringLiteral("address"),
                             QStringLiteral("postcode"), QStringLiteral("city"), QStringLiteral("latitude"),
                             QStringLiteral("longitude"), QStringLiteral("staff"), QStringLiteral("size"),
                             QStringLiteral("manager_email"), QStringLiteral("competitor"), QStringLiteral("active")}};
    for (int weekday = 1; weekday <= 7; ++weekday)
        rows.first() << QStringLiteral("hours_") + OpeningHours::weekdayKey(weekday);
    // Opening hours of every location in one pass: location -> seven days.
    QHash<qint64, std::array<OpeningHours::Day, 7>> hours;
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT location_id, weekday, opens, closes FROM location_hours ORDER BY location_id, weekday, opens"))) {
        if (error)
            *error = read.lastError().databaseText();
        return {};
    }
    while (read.next())
        hours[read.value(0).toLongLong()][size_t(std::clamp(read.value(1).toInt(), 1, 7) - 1)].append(
            {read.value(2).toString(), read.value(3).toString()});
    // Geography is re-assembled from the unit the location hangs off, whatever its level.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT l.id, l.code, l.name, l.channel, l.brand, "
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
        for (int i = 1; i < query.record().count(); ++i)
            row << (i >= 16 ? (query.value(i).toInt() ? QStringLiteral("yes") : QStringLiteral("no")) : query.value(i).toString());
        const auto days = hours.constFind(query.value(0).toLongLong());
        for (size_t day = 0; day < 7; ++day)
            row << (days == hours.cend() ? QString() : OpeningHours::formatDay((*days)[day], OpeningHours::Style::Csv));
        rows << row;
    }
    return rows;
}
