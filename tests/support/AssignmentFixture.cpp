#include "AssignmentFixture.h"

#include "project/Project.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <random>

namespace {
class Dice
{
public:
    explicit Dice(quint64 seed)
        : m_engine(seed * 7919 + 17)
    {
    }
    int range(int low, int high) { return low + int(m_engine() % quint64(high - low + 1)); }
    bool chance(int percent) { return range(1, 100) <= percent; }
    double real(double low, double high) { return low + (high - low) * double(m_engine() % 1000000) / 1e6; }

private:
    std::mt19937_64 m_engine;
};

bool exec(const QSqlDatabase& db, const QString& sql, const QVariantList& values, QString* error, qint64* id = nullptr)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text() + QStringLiteral(" in ") + sql;
        return false;
    }
    if (id)
        *id = query.lastInsertId().toLongLong();
    return true;
}

QVariant null()
{
    return QVariant(QMetaType(QMetaType::Int));
}
} // namespace

std::unique_ptr<Project> AssignmentFixture::write(const QString& path, quint64 seed, const Shape& shape, qint64* waveId,
                                                  AssignmentRules* rules)
{
    ProjectError failure;
    auto project = Project::create(path, &failure);
    EXPECT_TRUE(project) << failure.message.toStdString();
    if (!project)
        return nullptr;
    Dice dice(seed);

    AssignmentRules chosen;
    chosen.maxKm = dice.chance(20) ? std::nullopt : std::optional<double>(dice.chance(50) ? 15.0 : 40.0);
    chosen.lockoutDays = dice.chance(25) ? 0 : dice.chance(40) ? 10 : 60;
    chosen.lockoutWaves = dice.chance(25) ? 1 : 0;
    chosen.lockoutSameBrand = dice.chance(25);
    chosen.lockoutCompetitorGroup = dice.chance(25);
    chosen.capacityPerDay = !dice.chance(15);
    chosen.availability = !dice.chance(10);
    chosen.workloadWeight = dice.chance(20) ? 0.0 : 5.0;
    chosen.managerWeight = dice.chance(50) ? 5.0 : 0.0;
    chosen.ratingWeight = 10.0;
    chosen.candidatesPerVisit = dice.chance(50) ? 1 : 3; // few: the pricing step must find the rest
    *rules = chosen;

    const bool ok = project->write(
        [&](const QSqlDatabase& db, QString* error) {
            // Waves: a previous one (closed once its visits are in), the current one, a later one.
            qint64 previous = 0, current = 0, later = 0;
            if (!exec(db, QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W1', 'November', '2026-11-01', '2026-11-30')"), {}, error, &previous)
                || !exec(db, QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W2', 'December', '2026-12-01', '2026-12-31')"), {}, error, &current)
                || !exec(db, QStringLiteral("INSERT INTO wave (code, name, starts_on, ends_on) VALUES ('W3', 'January', '2027-01-01', '2027-01-31')"), {}, error, &later))
                return false;
            *waveId = current;

            // Scenarios: a demanding in-person one with a profile, and a call without one.
            qint64 visitScenario = 0, callScenario = 0;
            const QVariant gender = dice.chance(30) ? QVariant(dice.chance(50) ? QStringLiteral("female") : QStringLiteral("male")) : null();
            if (!exec(db, QStringLiteral("INSERT INTO scenario (code, channel, fee, expected_minutes, min_age, max_age, gender) VALUES ('VISIT', 'visit', ?, 25, ?, ?, ?)"),
                      {dice.range(10, 40), dice.chance(50) ? QVariant(25) : null(), dice.chance(50) ? QVariant(55) : null(), gender}, error, &visitScenario)
                || !exec(db, QStringLiteral("INSERT INTO scenario (code, channel, fee, expected_minutes) VALUES ('CALL', 'call', 12, 10)"), {}, error, &callScenario))
                return false;
            if (dice.chance(50) && !exec(db, QStringLiteral("INSERT INTO scenario_requirement VALUES (?, 'tag', 'has-car')"), {visitScenario}, error))
                return false;
            if (dice.chance(30) && !exec(db, QStringLiteral("INSERT INTO scenario_requirement VALUES (?, 'language', 'lv')"), {visitScenario}, error))
                return false;

            // Locations around Rīga; the last is a contact centre.
            std::vector<qint64> locations;
            std::vector<bool> isCall;
            for (int l = 0; l < shape.locations; ++l) {
                const bool call = l == shape.locations - 1 && dice.chance(60);
                const bool competitor = !call && dice.chance(25);
                const bool coordinates = dice.chance(80);
                qint64 id = 0;
                if (!exec(db, QStringLiteral("INSERT INTO location (code, name, channel, brand, city, latitude, longitude, is_competitor, manager_email) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {QStringLiteral("L%1").arg(l), QStringLiteral("Location %1").arg(l), call ? QStringLiteral("call") : QStringLiteral("visit"),
                           competitor ? QStringLiteral("Rival") : QStringLiteral("Nordbank"), dice.chance(80) ? QStringLiteral("Rīga") : QStringLiteral("Jūrmala"),
                           coordinates ? QVariant(56.95 + dice.real(-0.25, 0.25)) : QVariant(QMetaType(QMetaType::Double)),
                           coordinates ? QVariant(24.1 + dice.real(-0.4, 0.4)) : QVariant(QMetaType(QMetaType::Double)), competitor ? 1 : 0,
                           dice.chance(70) ? QVariant(QStringLiteral("m%1@example.com").arg(dice.range(1, 2))) : QVariant(QStringLiteral(""))},
                          error, &id))
                    return false;
                locations.push_back(id);
                isCall.push_back(call);
            }

            // Shoppers.
            std::vector<qint64> shoppers;
            for (int s = 0; s < shape.shoppers; ++s) {
                const bool coordinates = dice.chance(80);
                qint64 id = 0;
                if (!exec(db, QStringLiteral("INSERT INTO shopper (code, birth_year, gender, home_city, home_latitude, home_longitude, capacity_per_wave, "
                                             "capacity_per_day, status, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {QStringLiteral("S%1").arg(s), dice.chance(90) ? QVariant(dice.range(1950, 2005)) : null(),
                           dice.chance(50) ? QStringLiteral("female") : QStringLiteral("male"), dice.chance(80) ? QStringLiteral("Riga") : QStringLiteral("Jurmala"),
                           coordinates ? QVariant(56.95 + dice.real(-0.3, 0.3)) : QVariant(QMetaType(QMetaType::Double)),
                           coordinates ? QVariant(24.1 + dice.real(-0.5, 0.5)) : QVariant(QMetaType(QMetaType::Double)), dice.range(1, 3), dice.range(1, 2),
                           dice.chance(85) ? QStringLiteral("active") : QStringLiteral("paused"),
                           dice.chance(80) ? QVariant(double(dice.range(20, 50)) / 10.0) : QVariant(QMetaType(QMetaType::Double))},
                          error, &id))
                    return false;
                shoppers.push_back(id);
                if (dice.chance(70) && !exec(db, QStringLiteral("INSERT INTO shopper_tag VALUES (?, 'has-car')"), {id}, error))
                    return false;
                if (dice.chance(60) && !exec(db, QStringLiteral("INSERT INTO shopper_language VALUES (?, 'lv')"), {id}, error))
                    return false;
                if (dice.chance(15) && !exec(db, QStringLiteral("INSERT INTO shopper_conflict (shopper_id, location_id) VALUES (?, ?)"),
                                             {id, locations[size_t(dice.range(0, shape.locations - 1))]}, error))
                    return false;
                if (dice.chance(8) && !exec(db, QStringLiteral("INSERT INTO shopper_conflict (shopper_id, brand) VALUES (?, 'Rival')"), {id}, error))
                    return false;
                if (dice.chance(20)) {
                    const QDate from = QDate(2026, 12, 1).addDays(dice.range(0, 25));
                    if (!exec(db, QStringLiteral("INSERT INTO shopper_unavailable VALUES (?, ?, ?)"),
                              {id, from.toString(Qt::ISODate), from.addDays(dice.range(0, 6)).toString(Qt::ISODate)}, error))
                        return false;
                }
            }

            // Visits: history in the previous wave, then the current wave's fixed and open ones.
            int slot = 0;
            auto visit = [&](qint64 wave, const QDate& month, const QString& status, int shopperIndex, const QString& by, bool locked) {
                const int l = dice.range(0, shape.locations - 1);
                const QVariant date = dice.chance(90) ? QVariant(month.addDays(dice.range(0, month.daysInMonth() - 1)).toString(Qt::ISODate)) : QVariant(QString());
                return exec(db, QStringLiteral("INSERT INTO visit (wave_id, location_id, scenario_id, slot, planned_date, status, shopper_id, assigned_by, locked) "
                                               "VALUES (?, ?, ?, ?, nullif(?, ''), ?, ?, ?, ?)"),
                            {wave, locations[size_t(l)], isCall[size_t(l)] ? callScenario : visitScenario, ++slot, date, status,
                             shopperIndex >= 0 ? QVariant(shoppers[size_t(shopperIndex)]) : null(), shopperIndex >= 0 ? QVariant(by) : QVariant(QMetaType(QMetaType::QString)),
                             locked ? 1 : 0},
                            error);
            };
            for (int h = 0; h < shape.historyVisits; ++h)
                if (!visit(previous, QDate(2026, 11, 1), QStringLiteral("approved"), dice.range(0, shape.shoppers - 1), QStringLiteral("auto"), false))
                    return false;
            for (int f = 0; f < shape.fixedVisits; ++f) {
                const int kind = dice.range(0, 2);
                const QString status = kind == 0 ? QStringLiteral("accepted") : QStringLiteral("assigned");
                if (!visit(current, QDate(2026, 12, 1), status, dice.range(0, shape.shoppers - 1), kind == 2 ? QStringLiteral("manual") : QStringLiteral("auto"), kind == 1))
                    return false;
            }
            if (dice.chance(30) && !visit(current, QDate(2026, 12, 1), QStringLiteral("planned"), -1, QString(), true))
                return false;
            for (int o = 0; o < shape.openVisits; ++o)
                if (!visit(current, QDate(2026, 12, 1), QStringLiteral("planned"), -1, QString(), false))
                    return false;
            if (dice.chance(30) && !visit(later, QDate(2027, 1, 1), QStringLiteral("assigned"), dice.range(0, shape.shoppers - 1), QStringLiteral("auto"), false))
                return false;
            return exec(db, QStringLiteral("UPDATE wave SET status = 'closed' WHERE id = ?"), {previous}, error);
        },
        &failure);
    EXPECT_TRUE(ok) << failure.message.toStdString();
    return ok ? std::move(project) : nullptr;
}
