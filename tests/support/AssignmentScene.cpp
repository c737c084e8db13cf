#include "AssignmentScene.h"

#include "project/Project.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

AssignmentScene::AssignmentScene(const QString& path)
    : m_path(path)
{
    ProjectError error;
    m_project = Project::create(path, &error);
    EXPECT_TRUE(m_project) << error.message.toStdString();
    exec(QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W1', 'November 2026', '2026-11-01', '2026-11-30')"));
    exec(QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W2', 'December 2026', '2026-12-01', '2026-12-31')"));
    exec(QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W3', 'January 2027', '2027-01-01', '2027-01-31')"));
}

AssignmentScene::~AssignmentScene() = default;

QVariant AssignmentScene::exec(const QString& sql, const QVariantList& values)
{
    QVariant result;
    ProjectError error;
    const bool ok = m_project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery query(db);
            query.prepare(sql);
            for (const QVariant& value : values)
                query.addBindValue(value);
            if (!query.exec()) {
                *why = query.lastError().text();
                return false;
            }
            result = query.isSelect() ? (query.next() ? query.value(0) : QVariant()) : query.lastInsertId();
            return true;
        },
        &error);
    EXPECT_TRUE(ok) << error.message.toStdString() << " in " << sql.toStdString();
    return result;
}

qint64 AssignmentScene::wave(const QString& code) const
{
    QSqlQuery query(m_project->database());
    query.prepare(QStringLiteral("SELECT id FROM wave WHERE code = ?"));
    query.addBindValue(code);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AssignmentScene::location(const QString& code, double latitude, double longitude, const QString& brand, const QString& channel)
{
    return exec(QStringLiteral("INSERT INTO location (code, name, channel, brand, city, latitude, longitude, manager_email) "
                               "VALUES (?, ?, ?, ?, 'Rīga', ?, ?, '')"),
                {code, QString(QStringLiteral("Branch ") + code), channel, brand, latitude, longitude})
        .toLongLong();
}

qint64 AssignmentScene::scenario(const QString& code, double fee, int minutes)
{
    return exec(QStringLiteral("INSERT INTO scenario (code, channel, fee, expected_minutes) VALUES (?, 'visit', ?, ?)"), {code, fee, minutes})
        .toLongLong();
}

qint64 AssignmentScene::shopper(const QString& code, double latitude, double longitude, int capacityPerWave, int capacityPerDay)
{
    return exec(QStringLiteral("INSERT INTO shopper (code, birth_year, gender, home_city, home_latitude, home_longitude, "
                               "capacity_per_wave, capacity_per_day, rating) VALUES (?, 1985, 'female', 'Rīga', ?, ?, ?, ?, 4.5)"),
                {code, latitude, longitude, capacityPerWave, capacityPerDay})
        .toLongLong();
}

qint64 AssignmentScene::visit(const QString& waveCode, qint64 location, qint64 scenario, const QString& date, qint64 shopper,
                              const QString& status, const QString& by, bool locked)
{
    const QString effective = status.isEmpty() ? (shopper ? QStringLiteral("assigned") : QStringLiteral("planned")) : status;
    return exec(QStringLiteral("INSERT INTO visit (wave_id, location_id, scenario_id, slot, planned_date, status, shopper_id, "
                               "assigned_by, locked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {wave(waveCode), location, scenario, ++m_slot, date, effective,
                 shopper ? QVariant(shopper) : QVariant(QMetaType(QMetaType::LongLong)),
                 shopper ? QVariant(by) : QVariant(QMetaType(QMetaType::QString)), locked ? 1 : 0})
        .toLongLong();
}

void AssignmentScene::closePast()
{
    exec(QStringLiteral("UPDATE wave SET status = 'closed' WHERE code = 'W1'"));
}
