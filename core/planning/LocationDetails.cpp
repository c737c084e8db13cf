#include "LocationDetails.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

std::optional<LocationDetails> LocationDetails::load(const QSqlDatabase& db, const QString& code, QString* error)
{
    auto failed = [&](const QSqlQuery& query) {
        if (error)
            *error = query.lastError().databaseText();
        return std::nullopt;
    };
    QSqlQuery query(db);
    // Geography is re-assembled from the unit the location hangs off, whatever its level.
    query.prepare(QStringLiteral(
        "SELECT l.id, l.code, l.name, l.channel, l.brand, "
        "CASE g.level WHEN 'country' THEN g.name WHEN 'region' THEN p.name ELSE pp.name END, "
        "CASE g.level WHEN 'region' THEN g.name WHEN 'area' THEN p.name END, CASE g.level WHEN 'area' THEN g.name END, "
        "l.address, l.postcode, l.city, l.latitude, l.longitude, l.staff_count, l.size_class, l.manager_email, "
        "l.is_competitor, l.active FROM location l LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
        "LEFT JOIN geo_unit p ON p.id = g.parent_id LEFT JOIN geo_unit pp ON pp.id = p.parent_id WHERE l.code = ?"));
    query.addBindValue(code);
    if (!query.exec())
        return failed(query);
    if (!query.next()) {
        if (error)
            *error = LocationImport::tr("there is no location %1").arg(code);
        return std::nullopt;
    }
    LocationDetails details;
    const QVariant id = query.value(0);
    using F = LocationImport::Field;
    const F fields[] = {F::Code,     F::Name,      F::Channel,    F::Brand,     F::Country,   F::Region,
                        F::Area,     F::Address,   F::Postcode,   F::City,      F::Latitude,  F::Longitude,
                        F::StaffCount, F::SizeClass, F::ManagerEmail, F::Competitor, F::Active};
    for (int i = 0; i < int(std::size(fields)); ++i) {
        QVariant value = query.value(i + 1);
        if (fields[i] == F::Competitor || fields[i] == F::Active)
            value = value.toInt() != 0;
        else if (fields[i] == F::Latitude || fields[i] == F::Longitude)
            value = value.isNull() ? QVariant() : QVariant(value.toDouble());
        else if (fields[i] == F::StaffCount)
            value = value.isNull() ? QVariant() : QVariant(value.toInt());
        else
            value = value.toString();
        details.values.insert(LocationImport::fieldKey(fields[i]), value);
    }

    query.prepare(QStringLiteral("SELECT weekday, opens, closes FROM location_hours WHERE location_id = ? ORDER BY weekday, opens"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    while (query.next())
        details.hours[size_t(std::clamp(query.value(0).toInt(), 1, 7) - 1)].append({query.value(1).toString(), query.value(2).toString()});

    query.prepare(QStringLiteral("SELECT name, value FROM location_attribute WHERE location_id = ? ORDER BY name"));
    query.addBindValue(id);
    if (!query.exec())
        return failed(query);
    while (query.next())
        details.attributes.append({query.value(0).toString(), query.value(1).toString()});
    return details;
}
