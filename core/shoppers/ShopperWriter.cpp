#include "ShopperWriter.h"

#include <sqlite3.h>

namespace {
// The columns of shopper after its id, in the order both statements bind them.
constexpr const char* kColumns = "code, birth_year, gender, home_city, home_latitude, home_longitude, capacity_per_wave, "
                                 "capacity_per_day, status, rating, joined_on";

void bindOptional(BulkInserter& statement, int column, const std::optional<double>& value)
{
    if (value)
        statement.bind(column, *value);
    else
        statement.bindNull(column);
}

// Binds the shopper's own columns from `first` on, as kColumns lists them.
void bindShopper(BulkInserter& statement, int first, const Shopper& shopper)
{
    statement.bind(first, shopper.code);
    if (shopper.birthYear)
        statement.bind(first + 1, *shopper.birthYear);
    else
        statement.bindNull(first + 1);
    if (shopper.gender.isEmpty())
        statement.bindNull(first + 2);
    else
        statement.bind(first + 2, shopper.gender);
    statement.bind(first + 3, shopper.homeCity);
    bindOptional(statement, first + 4, shopper.latitude);
    bindOptional(statement, first + 5, shopper.longitude);
    statement.bind(first + 6, shopper.capacityPerWave);
    statement.bind(first + 7, shopper.capacityPerDay);
    statement.bind(first + 8, shopper.status);
    bindOptional(statement, first + 9, shopper.rating);
    if (shopper.joinedOn.isValid())
        statement.bind(first + 10, shopper.joinedOn.toString(Qt::ISODate));
    else
        statement.bindNull(first + 10);
}
} // namespace

ShopperWriter::ShopperWriter(sqlite3* db)
{
    auto prepare = [db](const QByteArray& sql) { return std::make_unique<BulkInserter>(db, sql.constData()); };
    const QByteArray columns(kColumns);
    m_insert = prepare("INSERT INTO shopper (id, " + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_update = prepare("UPDATE shopper SET (" + columns + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?");
    m_remove = prepare("DELETE FROM shopper WHERE id = ?");
    m_insertPersonal = prepare("INSERT INTO shopper_personal (shopper_id, full_name, email, phone, address, postcode) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
    m_insertLanguage = prepare("INSERT INTO shopper_language (shopper_id, language) VALUES (?, ?)");
    m_insertTag = prepare("INSERT INTO shopper_tag (shopper_id, tag) VALUES (?, ?)");
    m_insertPeriod = prepare("INSERT INTO shopper_unavailable (shopper_id, from_date, to_date) VALUES (?, ?, ?)");
    m_insertConflict = prepare("INSERT INTO shopper_conflict (id, shopper_id, location_id, brand, note) VALUES (?, ?, ?, ?, ?)");
    for (const char* table : {"shopper_personal", "shopper_language", "shopper_tag", "shopper_unavailable", "shopper_conflict"})
        m_clearChildren.push_back(prepare("DELETE FROM " + QByteArray(table) + " WHERE shopper_id = ?"));
    sqlite3_prepare_v3(db, "SELECT id FROM location WHERE code = ?", -1, SQLITE_PREPARE_PERSISTENT, &m_findLocation, nullptr);
}

ShopperWriter::~ShopperWriter()
{
    sqlite3_finalize(m_findLocation);
}

bool ShopperWriter::run(BulkInserter& statement, QString* error)
{
    if (statement.isValid() && statement.execute())
        return true;
    if (error)
        *error = statement.error();
    return false;
}

std::optional<qint64> ShopperWriter::locationId(const QString& code, QString* error)
{
    if (const auto it = m_locations.constFind(code); it != m_locations.cend())
        return it.value();
    // A SELECT through the C API (BulkInserter only runs statements that return no rows).
    const QByteArray utf8 = code.toUtf8();
    std::optional<qint64> id;
    if (m_findLocation) {
        sqlite3_bind_text(m_findLocation, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(m_findLocation) == SQLITE_ROW)
            id = sqlite3_column_int64(m_findLocation, 0);
        sqlite3_reset(m_findLocation);
    }
    if (!id) {
        if (error)
            *error = tr("there is no location %1 in the programme").arg(code);
        return std::nullopt;
    }
    m_locations.insert(code, *id);
    return id;
}

bool ShopperWriter::write(ShopperStore::Stored* stored, bool exists, QString* error)
{
    const Shopper& shopper = stored->shopper;
    if (exists) {
        bindShopper(*m_update, 1, shopper);
        m_update->bind(12, stored->id);
        if (!run(*m_update, error))
            return false;
        for (const auto& clear : m_clearChildren) {
            clear->bind(1, stored->id);
            if (!run(*clear, error))
                return false;
        }
    } else {
        if (stored->id > 0)
            m_insert->bind(1, stored->id);
        else
            m_insert->bindNull(1);
        bindShopper(*m_insert, 2, shopper);
        if (!run(*m_insert, error))
            return false;
        stored->id = m_insert->lastInsertId();
    }
    const qint64 id = stored->id;
    if (!shopper.personal.isEmpty()) {
        const Shopper::Personal& personal = shopper.personal;
        m_insertPersonal->bind(1, id).bind(2, personal.fullName).bind(3, personal.email).bind(4, personal.phone);
        m_insertPersonal->bind(5, personal.address).bind(6, personal.postcode);
        if (!run(*m_insertPersonal, error))
            return false;
    }
    for (const QString& language : shopper.languages) {
        m_insertLanguage->bind(1, id).bind(2, language);
        if (!run(*m_insertLanguage, error))
            return false;
    }
    for (const QString& tag : shopper.tags) {
        m_insertTag->bind(1, id).bind(2, tag);
        if (!run(*m_insertTag, error))
            return false;
    }
    for (const Shopper::Period& period : shopper.unavailable) {
        m_insertPeriod->bind(1, id).bind(2, period.from.toString(Qt::ISODate)).bind(3, period.to.toString(Qt::ISODate));
        if (!run(*m_insertPeriod, error))
            return false;
    }
    QList<qint64> conflictIds;
    for (qsizetype i = 0; i < shopper.conflicts.size(); ++i) {
        const Shopper::Conflict& conflict = shopper.conflicts[i];
        const qint64 known = stored->conflictIds.value(i, 0);
        if (known > 0)
            m_insertConflict->bind(1, known);
        else
            m_insertConflict->bindNull(1);
        m_insertConflict->bind(2, id);
        if (conflict.locationCode.isEmpty()) {
            m_insertConflict->bindNull(3).bind(4, conflict.brand);
        } else {
            const auto location = locationId(conflict.locationCode, error);
            if (!location)
                return false;
            m_insertConflict->bind(3, *location).bindNull(4);
        }
        m_insertConflict->bind(5, conflict.note);
        if (!run(*m_insertConflict, error))
            return false;
        conflictIds << (known > 0 ? known : m_insertConflict->lastInsertId());
    }
    stored->conflictIds = conflictIds;
    return true;
}

bool ShopperWriter::remove(qint64 id, QString* error)
{
    m_remove->bind(1, id);
    return run(*m_remove, error);
}
