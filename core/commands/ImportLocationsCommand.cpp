#include "ImportLocationsCommand.h"

#include "ExecQuery.h"

#include "project/BulkInserter.h"
#include "project/Project.h"
#include "project/WorkerWrites.h"

#include <QSqlError>
#include <QSqlQuery>

#include <functional>

#include <algorithm>
#include <array>

namespace {

// Each mapped field and its column in the location table (geography is resolved separately).
const QHash<int, QString>& columns()
{
    static const QHash<int, QString> map = {
        {LocationImport::Code, QStringLiteral("code")},
        {LocationImport::Name, QStringLiteral("name")},
        {LocationImport::Channel, QStringLiteral("channel")},
        {LocationImport::Brand, QStringLiteral("brand")},
        {LocationImport::Address, QStringLiteral("address")},
        {LocationImport::Postcode, QStringLiteral("postcode")},
        {LocationImport::City, QStringLiteral("city")},
        {LocationImport::Latitude, QStringLiteral("latitude")},
        {LocationImport::Longitude, QStringLiteral("longitude")},
        {LocationImport::StaffCount, QStringLiteral("staff_count")},
        {LocationImport::SizeClass, QStringLiteral("size_class")},
        {LocationImport::ManagerEmail, QStringLiteral("manager_email")},
        {LocationImport::Competitor, QStringLiteral("is_competitor")},
        {LocationImport::Active, QStringLiteral("active")},
    };
    return map;
}

QVariant stored(int field, const QVariant& value)
{
    if (field == LocationImport::Competitor || field == LocationImport::Active)
        return value.toBool() ? 1 : 0;
    return value;
}

// Puts location rows back to the snapshot's values (by id).
bool updateFrom(const QSqlDatabase& db, const std::vector<RowSnapshot>& rows, QString* error)
{
    QSqlQuery query(db);
    for (const RowSnapshot& row : rows) {
        QStringList sets;
        for (const QString& column : row.columns)
            if (column != QLatin1String("id"))
                sets << column + QStringLiteral(" = ?");
        query.prepare(QStringLiteral("UPDATE location SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
        QVariant id;
        for (qsizetype i = 0; i < row.columns.size(); ++i) {
            if (row.columns[i] == QLatin1String("id"))
                id = row.values[i];
            else
                query.addBindValue(row.values[i]);
        }
        query.addBindValue(id);
        if (!execQuery(query, error))
            return false;
    }
    return true;
}

} // namespace

ImportLocationsCommand::ImportLocationsCommand(Project* project, const LocationImport::Plan& plan, const QString& text)
    : UndoCommand(text)
    , m_project(project)
    , m_plan(plan)
{
}

std::optional<qint64> ImportLocationsCommand::geoUnit(const QSqlDatabase& db, const QStringList& path, QString* error)
{
    // Thousands of rows share a handful of regions: each path is looked up (or created) once.
    const QString key = path.join(QLatin1Char('\x1f'));
    if (const auto it = m_geoCache.constFind(key); it != m_geoCache.cend())
        return it.value();
    static const char* const levels[] = {"country", "region", "area"};
    QVariant parent(QMetaType(QMetaType::LongLong));
    QSqlQuery query(db);
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const QString partial = path.mid(0, depth + 1).join(QLatin1Char('\x1f'));
        if (const auto it = m_geoCache.constFind(partial); it != m_geoCache.cend()) {
            parent = it.value();
            continue;
        }
        query.prepare(QStringLiteral("SELECT id FROM geo_unit WHERE ifnull(parent_id, 0) = ? AND name = ?"));
        query.addBindValue(parent.isNull() ? 0 : parent.toLongLong());
        query.addBindValue(path[depth]);
        if (!execQuery(query, error))
            return std::nullopt;
        if (query.next()) {
            parent = query.value(0);
        } else {
            query.prepare(QStringLiteral("INSERT INTO geo_unit (parent_id, level, name) VALUES (?, ?, ?)"));
            query.addBindValue(parent);
            query.addBindValue(QString::fromLatin1(levels[depth]));
            query.addBindValue(path[depth]);
            if (!execQuery(query, error))
                return std::nullopt;
            parent = query.lastInsertId();
            if (!RowSnapshot::capture(db, QStringLiteral("geo_unit"), QStringLiteral("id = ?"), {parent}, &m_createdGeo, error))
                return std::nullopt;
        }
        m_geoCache.insert(partial, parent.toLongLong());
    }
    return parent.isNull() ? std::nullopt : std::optional<qint64>(parent.toLongLong());
}

namespace {
// Captures location rows by id, a few hundred at a time (one statement per batch, not per row).
bool captureLocations(const QSqlDatabase& db, const QList<qint64>& ids, std::vector<RowSnapshot>* rows, QString* error)
{
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        const QList<qint64> part = ids.mid(start, batch);
        QStringList marks;
        QVariantList values;
        for (qint64 id : part) {
            marks << QStringLiteral("?");
            values << id;
        }
        if (!RowSnapshot::capture(db, QStringLiteral("location"),
                                  QStringLiteral("id IN (%1) ORDER BY id").arg(marks.join(QLatin1Char(','))), values, rows, error))
            return false;
    }
    return true;
}

// Runs `sql` (with one `%1` where the id list goes) for the given location ids, in batches
// that stay under SQLite's limit of bound values, and hands every row to onRow.
bool forEachRowOf(const QSqlDatabase& db, const QString& sql, const QList<qint64>& ids,
                  const std::function<void(const QSqlQuery&)>& onRow, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true); // read once: Qt need not cache every row
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        const QList<qint64> part = ids.mid(start, batch);
        query.prepare(sql.arg(QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (qint64 id : part)
            query.addBindValue(id);
        if (!execQuery(query, error))
            return false;
        while (query.next())
            onRow(query);
    }
    return true;
}

// The opening hours of the given locations, by location and weekday.
bool readHours(const QSqlDatabase& db, const QList<qint64>& ids, QHash<qint64, std::array<OpeningHours::Day, 7>>* hours,
               QString* error)
{
    return forEachRowOf(
        db,
        QStringLiteral("SELECT location_id, weekday, opens, closes FROM location_hours WHERE location_id IN (%1) "
                       "ORDER BY location_id, weekday, opens"),
        ids,
        [hours](const QSqlQuery& row) {
            (*hours)[row.value(0).toLongLong()][size_t(std::clamp(row.value(1).toInt(), 1, 7) - 1)].append(
                {row.value(2).toString(), row.value(3).toString()});
        },
        error);
}

// The attributes of the given locations.
bool readAttributes(const QSqlDatabase& db, const QList<qint64>& ids, QHash<qint64, LocationImport::Attributes>* attributes,
                    QString* error)
{
    return forEachRowOf(
        db,
        QStringLiteral("SELECT location_id, name, value FROM location_attribute WHERE location_id IN (%1) ORDER BY location_id, name"),
        ids,
        [attributes](const QSqlQuery& row) {
            (*attributes)[row.value(0).toLongLong()].append({row.value(1).toString(), row.value(2).toString()});
        },
        error);
}

const QString kHours = QStringLiteral("location_hours");
const QString kAttributes = QStringLiteral("location_attribute");
} // namespace

bool ImportLocationsCommand::firstRun(const QSqlDatabase& db, QString* error)
{
    m_geoCache.clear();
    // The locations to update, as they are now, for undo.
    QHash<QString, qint64> existing;
    QSqlQuery query(QStringLiteral("SELECT code, id FROM location"), db);
    while (query.next())
        existing.insert(query.value(0).toString(), query.value(1).toLongLong());
    QList<qint64> updatedIds;
    for (const LocationImport::Record& record : m_plan.records)
        if (record.exists)
            updatedIds << existing.value(record.values.value(LocationImport::Code).toString());
    if (!captureLocations(db, updatedIds, &m_updatedBefore, error))
        return false;
    // The hours and attributes the updated locations have now: only what differs is written.
    QHash<qint64, std::array<OpeningHours::Day, 7>> hoursNow;
    QHash<qint64, LocationImport::Attributes> attributesNow;
    const bool hoursMapped = std::any_of(m_plan.records.cbegin(), m_plan.records.cend(),
                                         [](const LocationImport::Record& record) { return !record.hours.empty(); });
    const bool attributesGiven = std::any_of(m_plan.records.cbegin(), m_plan.records.cend(),
                                             [](const LocationImport::Record& record) { return record.attributes.has_value(); });
    if ((hoursMapped && !readHours(db, updatedIds, &hoursNow, error))
        || (attributesGiven && !readAttributes(db, updatedIds, &attributesNow, error)))
        return false;

    // Every record maps the same fields, so each statement is prepared once and reused.
    QHash<QString, QSqlQuery> statements;
    auto statement = [&](const QString& sql) -> QSqlQuery& {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            it = statements.insert(sql, QSqlQuery(db));
            it->prepare(sql);
        }
        return *it;
    };
    QList<qint64> insertedIds;
    for (const LocationImport::Record& record : m_plan.records) {
        // Writing the rows is most of the work; the hours and the snapshots for undo follow.
        if (const size_t done = size_t(&record - m_plan.records.data());
            done % 1024 == 0 && !WorkerWrites::reportProgress(int(done * 80 / m_plan.records.size())))
            return false;
        QStringList names;
        QVariantList values;
        for (int field = 0; field < LocationImport::FieldCount; ++field) {
            if (!columns().contains(field) || !record.values.contains(field))
                continue;
            names << columns().value(field);
            values << stored(field, record.values.value(field));
        }
        if (!record.values.value(LocationImport::Country).toString().isEmpty()) {
            QStringList path;
            for (int field : {LocationImport::Country, LocationImport::Region, LocationImport::Area}) {
                const QString part = record.values.value(field).toString();
                if (part.isEmpty())
                    break;
                path << part;
            }
            const auto unit = geoUnit(db, path, error);
            if (!unit)
                return false;
            names << QStringLiteral("geo_unit_id");
            values << *unit;
        }
        const QString code = record.values.value(LocationImport::Code).toString();
        qint64 id = existing.value(code);
        if (record.exists) {
            QStringList sets;
            for (const QString& name : names)
                sets << name + QStringLiteral(" = ?");
            QSqlQuery& update = statement(QStringLiteral("UPDATE location SET %1 WHERE code = ?").arg(sets.join(QStringLiteral(", "))));
            for (const QVariant& value : values)
                update.addBindValue(value);
            update.addBindValue(code);
            if (!execQuery(update, error))
                return false;
        } else {
            // A location without a channel is a branch visit.
            if (!names.contains(QStringLiteral("channel"))) {
                names << QStringLiteral("channel");
                values << QStringLiteral("visit");
            }
            QStringList marks;
            for (qsizetype i = 0; i < names.size(); ++i)
                marks << QStringLiteral("?");
            QSqlQuery& insert = statement(QStringLiteral("INSERT INTO location (%1) VALUES (%2)")
                                              .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            for (const QVariant& value : values)
                insert.addBindValue(value);
            if (!execQuery(insert, error)) {
                *error = LocationImport::tr("line %1 (%2): %3").arg(record.line).arg(code, *error);
                return false;
            }
            id = insert.lastInsertId().toLongLong();
            insertedIds << id;
        }
        // Which weekdays and attributes change; what they were is kept for undo.
        ChildWrite write{id, size_t(&record - m_plan.records.data()), {}, false, record.exists};
        const auto hours = hoursNow.constFind(id);
        for (const auto& [weekday, day] : record.hours) {
            const OpeningHours::Day was = hours == hoursNow.cend() ? OpeningHours::Day() : (*hours)[size_t(weekday - 1)];
            if (was == day)
                continue;
            write.weekdays << weekday;
            for (const OpeningHours::Interval& interval : was)
                m_childrenBefore.push_back({kHours,
                                            {QStringLiteral("location_id"), QStringLiteral("weekday"), QStringLiteral("opens"),
                                             QStringLiteral("closes")},
                                            {id, weekday, interval.opens, interval.closes}});
        }
        if (record.attributes) {
            LocationImport::Attributes was = attributesNow.value(id);
            std::sort(was.begin(), was.end());
            LocationImport::Attributes wanted;
            for (const auto& [name, value] : *record.attributes)
                if (!name.trimmed().isEmpty())
                    wanted.append({name.trimmed(), value.trimmed()});
            std::sort(wanted.begin(), wanted.end());
            if (was != wanted) {
                write.attributes = true;
                for (const auto& [name, value] : was)
                    m_childrenBefore.push_back({kAttributes,
                                                {QStringLiteral("location_id"), QStringLiteral("name"), QStringLiteral("value")},
                                                {id, name, value}});
            }
        }
        if (!write.weekdays.isEmpty() || write.attributes)
            m_childWrites.push_back(std::move(write));
    }
    statements.clear();
    if (!WorkerWrites::reportProgress(80))
        return false;
    return writeChildren(db, error) && captureLocations(db, insertedIds, &m_inserted, error)
           && captureLocations(db, updatedIds, &m_updatedAfter, error);
}

bool ImportLocationsCommand::writeChildren(const QSqlDatabase& db, QString* error) const
{
    // The rows hours and attributes get are fully given by the plan and the location's id, so
    // redo writes them again exactly as the first time.
    QSqlQuery clearDay(db);
    clearDay.prepare(QStringLiteral("DELETE FROM location_hours WHERE location_id = ? AND weekday = ?"));
    QSqlQuery clearWeek(db);
    clearWeek.prepare(QStringLiteral("DELETE FROM location_hours WHERE location_id = ?"));
    // 50,000 locations have 300,000 hours: these go through SQLite's C API (see BulkInserter).
    BulkInserter addHours(ProjectConnection::handleOf(db),
                          "INSERT INTO location_hours (location_id, weekday, opens, closes) VALUES (?, ?, ?, ?)");
    QSqlQuery clearAttributes(db);
    clearAttributes.prepare(QStringLiteral("DELETE FROM location_attribute WHERE location_id = ?"));
    QSqlQuery addAttribute(db);
    addAttribute.prepare(QStringLiteral("INSERT INTO location_attribute (location_id, name, value) VALUES (?, ?, ?)"));
    for (const ChildWrite& write : m_childWrites) {
        if ((&write - m_childWrites.data()) % 1024 == 0 && WorkerWrites::cancelled())
            return false;
        const LocationImport::Record& record = m_plan.records[write.record];
        if (write.exists && write.weekdays.size() == 7) {
            clearWeek.addBindValue(write.id);
            if (!execQuery(clearWeek, error))
                return false;
        }
        for (int weekday : write.weekdays) {
            if (write.exists && write.weekdays.size() < 7) {
                clearDay.addBindValue(write.id);
                clearDay.addBindValue(weekday);
                if (!execQuery(clearDay, error))
                    return false;
            }
            for (const OpeningHours::Interval& interval : record.hours.at(weekday)) {
                if (!addHours.bind(1, write.id).bind(2, weekday).bind(3, interval.opens).bind(4, interval.closes).insert()) {
                    *error = addHours.error();
                    return false;
                }
            }
        }
        if (!write.attributes)
            continue;
        if (write.exists) {
            clearAttributes.addBindValue(write.id);
            if (!execQuery(clearAttributes, error))
                return false;
        }
        for (const auto& [name, value] : *record.attributes) {
            if (name.trimmed().isEmpty())
                continue;
            addAttribute.addBindValue(write.id);
            addAttribute.addBindValue(name.trimmed());
            addAttribute.addBindValue(value.trimmed());
            if (!execQuery(addAttribute, error))
                return false;
        }
    }
    return true;
}

bool ImportLocationsCommand::clearChildren(const QSqlDatabase& db, QString* error) const
{
    // What the edit wrote to the locations it updated goes; the rows from before come back.
    QSqlQuery clearDay(db);
    clearDay.prepare(QStringLiteral("DELETE FROM location_hours WHERE location_id = ? AND weekday = ?"));
    QSqlQuery clearAttributes(db);
    clearAttributes.prepare(QStringLiteral("DELETE FROM location_attribute WHERE location_id = ?"));
    for (const ChildWrite& write : m_childWrites) {
        if (!write.exists)
            continue; // an inserted location takes its rows with it
        for (int weekday : write.weekdays) {
            clearDay.addBindValue(write.id);
            clearDay.addBindValue(weekday);
            if (!execQuery(clearDay, error))
                return false;
        }
        if (write.attributes) {
            clearAttributes.addBindValue(write.id);
            if (!execQuery(clearAttributes, error))
                return false;
        }
    }
    return RowSnapshot::restore(db, m_childrenBefore, error);
}

bool ImportLocationsCommand::redo(QString* error)
{
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (!m_applied) {
                m_createdGeo.clear();
                m_inserted.clear();
                m_updatedBefore.clear();
                m_updatedAfter.clear();
                m_childWrites.clear();
                m_childrenBefore.clear();
                return firstRun(db, why);
            }
            return RowSnapshot::restore(db, m_createdGeo, why) && RowSnapshot::restore(db, m_inserted, why)
                   && updateFrom(db, m_updatedAfter, why) && writeChildren(db, why);
        },
        error);
    if (!ok)
        return false;
    m_applied = true;
    return true;
}

bool ImportLocationsCommand::undo(QString* error)
{
    return m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            for (const RowSnapshot& row : m_inserted) {
                query.prepare(QStringLiteral("DELETE FROM location WHERE id = ?"));
                query.addBindValue(row.value("id"));
                if (!execQuery(query, why)) {
                    *why = LocationImport::tr("the imported locations are in use by now and stay");
                    return false;
                }
            }
            if (!updateFrom(db, m_updatedBefore, why) || !clearChildren(db, why))
                return false;
            for (auto it = m_createdGeo.crbegin(); it != m_createdGeo.crend(); ++it) {
                query.prepare(QStringLiteral("DELETE FROM geo_unit WHERE id = ?"));
                query.addBindValue(it->value("id"));
                if (!execQuery(query, why))
                    return false;
            }
            return true;
        },
        error);
}
