#include "ImportLocationsCommand.h"

#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

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

bool exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    *error = query.lastError().databaseText();
    return false;
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
        if (!exec(query, error))
            return false;
    }
    return true;
}

} // namespace

ImportLocationsCommand::ImportLocationsCommand(Project* project, const LocationImport::Plan& plan, const QString& fileName)
    : UndoCommand(LocationImport::tr("Import locations from %1").arg(fileName))
    , m_project(project)
    , m_plan(plan)
{
}

std::optional<qint64> ImportLocationsCommand::geoUnit(const QSqlDatabase& db, const QStringList& path, QString* error)
{
    static const char* const levels[] = {"country", "region", "area"};
    QVariant parent(QMetaType(QMetaType::LongLong));
    QSqlQuery query(db);
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        query.prepare(QStringLiteral("SELECT id FROM geo_unit WHERE ifnull(parent_id, 0) = ? AND name = ?"));
        query.addBindValue(parent.isNull() ? 0 : parent.toLongLong());
        query.addBindValue(path[depth]);
        if (!exec(query, error))
            return std::nullopt;
        if (query.next()) {
            parent = query.value(0);
            continue;
        }
        query.prepare(QStringLiteral("INSERT INTO geo_unit (parent_id, level, name) VALUES (?, ?, ?)"));
        query.addBindValue(parent);
        query.addBindValue(QString::fromLatin1(levels[depth]));
        query.addBindValue(path[depth]);
        if (!exec(query, error))
            return std::nullopt;
        parent = query.lastInsertId();
        if (!RowSnapshot::capture(db, QStringLiteral("geo_unit"), QStringLiteral("id = ?"), {parent}, &m_createdGeo, error))
            return std::nullopt;
    }
    return parent.isNull() ? std::nullopt : std::optional<qint64>(parent.toLongLong());
}

bool ImportLocationsCommand::firstRun(const QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    for (const LocationImport::Record& record : m_plan.records) {
        QStringList names;
        QVariantList values;
        for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
            if (!columns().contains(it.key()))
                continue;
            names << columns().value(it.key());
            values << stored(it.key(), it.value());
        }
        if (record.values.contains(LocationImport::Country) && !record.values.value(LocationImport::Country).toString().isEmpty()) {
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
        if (record.exists) {
            if (!RowSnapshot::capture(db, QStringLiteral("location"), QStringLiteral("code = ?"), {code}, &m_updatedBefore, error))
                return false;
            QStringList sets;
            for (const QString& name : names)
                sets << name + QStringLiteral(" = ?");
            query.prepare(QStringLiteral("UPDATE location SET %1 WHERE code = ?").arg(sets.join(QStringLiteral(", "))));
            for (const QVariant& value : values)
                query.addBindValue(value);
            query.addBindValue(code);
            if (!exec(query, error))
                return false;
            if (!RowSnapshot::capture(db, QStringLiteral("location"), QStringLiteral("code = ?"), {code}, &m_updatedAfter, error))
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
            query.prepare(QStringLiteral("INSERT INTO location (%1) VALUES (%2)")
                              .arg(names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!exec(query, error)) {
                *error = LocationImport::tr("line %1 (%2): %3").arg(record.line).arg(code, *error);
                return false;
            }
            if (!RowSnapshot::capture(db, QStringLiteral("location"), QStringLiteral("id = ?"), {query.lastInsertId()},
                                      &m_inserted, error))
                return false;
        }
    }
    return true;
}

bool ImportLocationsCommand::redo(QString* error)
{
    ProjectError failure;
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            if (!m_applied) {
                m_createdGeo.clear();
                m_inserted.clear();
                m_updatedBefore.clear();
                m_updatedAfter.clear();
                return firstRun(db, why);
            }
            return RowSnapshot::restore(db, m_createdGeo, why) && RowSnapshot::restore(db, m_inserted, why)
                   && updateFrom(db, m_updatedAfter, why);
        },
        &failure);
    if (!ok) {
        if (error)
            *error = failure.message;
        return false;
    }
    m_applied = true;
    return true;
}

bool ImportLocationsCommand::undo(QString* error)
{
    ProjectError failure;
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            for (const RowSnapshot& row : m_inserted) {
                query.prepare(QStringLiteral("DELETE FROM location WHERE id = ?"));
                query.addBindValue(row.values.value(row.columns.indexOf(QStringLiteral("id"))));
                if (!exec(query, why)) {
                    *why = LocationImport::tr("the imported locations are in use by now and stay");
                    return false;
                }
            }
            if (!updateFrom(db, m_updatedBefore, why))
                return false;
            for (auto it = m_createdGeo.crbegin(); it != m_createdGeo.crend(); ++it) {
                query.prepare(QStringLiteral("DELETE FROM geo_unit WHERE id = ?"));
                query.addBindValue(it->values.value(it->columns.indexOf(QStringLiteral("id"))));
                if (!exec(query, why))
                    return false;
            }
            return true;
        },
        &failure);
    if (!ok && error)
        *error = failure.message;
    return ok;
}
