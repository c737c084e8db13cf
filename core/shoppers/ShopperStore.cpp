#include "ShopperStore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(sql))
        while (query.next())
            values << query.value(0).toString();
    return values;
}

std::optional<double> optionalDouble(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// Runs `sql` (with `%1` where the condition on the shopper id goes) over the ids, a few hundred
// at a time, or once over every shopper when `ids` is null, handing each row to onRow.
bool forEachRow(const QSqlDatabase& db, const QString& sql, const QString& idColumn, const QList<qint64>* ids,
                const std::function<void(const QSqlQuery&)>& onRow, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true); // read once: Qt need not cache every row
    auto run = [&]() {
        if (!query.exec()) {
            if (error)
                *error = query.lastError().databaseText();
            return false;
        }
        while (query.next())
            onRow(query);
        return true;
    };
    if (!ids) {
        query.prepare(sql.arg(QStringLiteral("1")));
        return run();
    }
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids->size(); start += batch) {
        const QList<qint64> part = ids->mid(start, batch);
        query.prepare(sql.arg(QStringLiteral("%1 IN (%2)").arg(idColumn, QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(',')))));
        for (qint64 id : part)
            query.addBindValue(id);
        if (!run())
            return false;
    }
    return true;
}

// Reads the shoppers (all when ids is null) into *found, by id, with `order` keeping their order.
bool read(const QSqlDatabase& db, const QList<qint64>* ids, QHash<qint64, ShopperStore::Stored>* found, QList<qint64>* order,
          QString* error)
{
    const bool ok = forEachRow(
        db,
        QStringLiteral("SELECT s.id, s.code, s.birth_year, s.gender, s.home_city, s.home_latitude, s.home_longitude, "
                       "s.capacity_per_wave, s.capacity_per_day, s.status, s.rating, s.joined_on, p.full_name, p.email, "
                       "p.phone, p.address, p.postcode FROM shopper s LEFT JOIN shopper_personal p ON p.shopper_id = s.id "
                       "WHERE %1 ORDER BY s.code"),
        QStringLiteral("s.id"), ids,
        [&](const QSqlQuery& row) {
            ShopperStore::Stored stored;
            stored.id = row.value(0).toLongLong();
            Shopper& shopper = stored.shopper;
            shopper.code = row.value(1).toString();
            if (!row.value(2).isNull())
                shopper.birthYear = row.value(2).toInt();
            shopper.gender = row.value(3).toString();
            shopper.homeCity = row.value(4).toString();
            shopper.latitude = optionalDouble(row.value(5));
            shopper.longitude = optionalDouble(row.value(6));
            shopper.capacityPerWave = row.value(7).toInt();
            shopper.capacityPerDay = row.value(8).toInt();
            shopper.status = row.value(9).toString();
            shopper.rating = optionalDouble(row.value(10));
            shopper.joinedOn = QDate::fromString(row.value(11).toString(), Qt::ISODate);
            shopper.personal = {row.value(12).toString(), row.value(13).toString(), row.value(14).toString(),
                                row.value(15).toString(), row.value(16).toString()};
            if (order)
                order->append(stored.id);
            found->emplace(stored.id, std::move(stored));
        },
        error);
    if (!ok)
        return false;
    auto at = [found](const QSqlQuery& row) -> ShopperStore::Stored* {
        const auto it = found->find(row.value(0).toLongLong());
        return it == found->end() ? nullptr : &it.value();
    };
    return forEachRow(
               db, QStringLiteral("SELECT shopper_id, language FROM shopper_language WHERE %1 ORDER BY shopper_id, language"),
               QStringLiteral("shopper_id"), ids,
               [&](const QSqlQuery& row) {
                   if (auto* stored = at(row))
                       stored->shopper.languages << row.value(1).toString();
               },
               error)
           && forEachRow(
               db, QStringLiteral("SELECT shopper_id, tag FROM shopper_tag WHERE %1 ORDER BY shopper_id, tag"),
               QStringLiteral("shopper_id"), ids,
               [&](const QSqlQuery& row) {
                   if (auto* stored = at(row))
                       stored->shopper.tags << row.value(1).toString();
               },
               error)
           && forEachRow(
               db,
               QStringLiteral("SELECT shopper_id, from_date, to_date FROM shopper_unavailable WHERE %1 "
                              "ORDER BY shopper_id, from_date"),
               QStringLiteral("shopper_id"), ids,
               [&](const QSqlQuery& row) {
                   if (auto* stored = at(row))
                       stored->shopper.unavailable.append({QDate::fromString(row.value(1).toString(), Qt::ISODate),
                                                           QDate::fromString(row.value(2).toString(), Qt::ISODate)});
               },
               error)
           && forEachRow(
               db,
               QStringLiteral("SELECT c.shopper_id, c.id, ifnull(l.code, ''), ifnull(c.brand, ''), c.note "
                              "FROM shopper_conflict c LEFT JOIN location l ON l.id = c.location_id WHERE %1 "
                              "ORDER BY c.shopper_id, ifnull(l.code, ''), ifnull(c.brand, '')"),
               QStringLiteral("c.shopper_id"), ids,
               [&](const QSqlQuery& row) {
                   if (auto* stored = at(row)) {
                       stored->conflictIds << row.value(1).toLongLong();
                       stored->shopper.conflicts.append(
                           {row.value(2).toString(), row.value(3).toString(), row.value(4).toString()});
                   }
               },
               error);
}
} // namespace

std::optional<qint64> ShopperStore::idOf(const QSqlDatabase& db, const QString& code)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM shopper WHERE code = ?"));
    query.addBindValue(code);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<Shopper> ShopperStore::load(const QSqlDatabase& db, const QString& code, QString* error)
{
    const auto id = idOf(db, code);
    QHash<qint64, Stored> found;
    if (!id || !loadMany(db, {*id}, &found, error) || !found.contains(*id)) {
        if (error && (!id || error->isEmpty()))
            *error = tr("there is no shopper %1").arg(code);
        return std::nullopt;
    }
    return found.value(*id).shopper;
}

bool ShopperStore::loadMany(const QSqlDatabase& db, const QList<qint64>& ids, QHash<qint64, Stored>* shoppers, QString* error)
{
    // Thousands are read faster in one pass over every shopper than by a statement per few hundred.
    constexpr qsizetype wholePanel = 2000;
    if (ids.size() < wholePanel)
        return read(db, &ids, shoppers, nullptr, error);
    QHash<qint64, Stored> all;
    all.reserve(ids.size());
    if (!read(db, nullptr, &all, nullptr, error))
        return false;
    for (qint64 id : ids)
        if (auto it = all.find(id); it != all.end())
            shoppers->emplace(id, std::move(it.value()));
    return true;
}

bool ShopperStore::loadAll(const QSqlDatabase& db, QList<Stored>* shoppers, QString* error)
{
    QHash<qint64, Stored> found;
    QList<qint64> order;
    if (!read(db, nullptr, &found, &order, error))
        return false;
    shoppers->reserve(order.size());
    for (qint64 id : order)
        shoppers->append(std::move(found[id]));
    return true;
}

QHash<QString, qint64> ShopperStore::codes(const QSqlDatabase& db)
{
    QHash<QString, qint64> codes;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT code, id FROM shopper")))
        while (query.next())
            codes.insert(query.value(0).toString(), query.value(1).toLongLong());
    return codes;
}

qint64 ShopperStore::visitCount(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT id FROM visit WHERE shopper_id = ? "
                                 "UNION SELECT visit_id FROM visit_event WHERE shopper_id = ?)"));
    query.addBindValue(id);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList ShopperStore::knownCities(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT home_city FROM shopper WHERE home_city <> '' UNION "
                                     "SELECT city FROM location WHERE city <> '' ORDER BY 1"));
}

QStringList ShopperStore::knownBrands(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT brand FROM location WHERE brand <> '' UNION "
                                     "SELECT brand FROM shopper_conflict WHERE brand IS NOT NULL ORDER BY 1"));
}

QStringList ShopperStore::locationCodes(const QSqlDatabase& db)
{
    return column(db, QStringLiteral("SELECT code FROM location ORDER BY code"));
}
