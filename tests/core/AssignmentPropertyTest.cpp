#include "assignment/AssignmentLoader.h"
#include "assignment/AssignmentSession.h"
#include "assignment/GreatCircle.h"
#include "commands/AssignmentCommands.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "support/AssignmentFixture.h"
#include "support/TestProject.h"

#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <map>

// Properties of written assignments, checked from the file with this test's own reading of
// each rule: no rule is ever broken, fixed visits never move, undo and redo are exact.

namespace {
QString dump(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(sql, db);
    QStringList lines;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        lines << fields.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString folded(const QString& city)
{
    QString out;
    for (const QChar c : city.normalized(QString::NormalizationForm_D))
        if (c.isLetterOrNumber() || c.isSpace())
            out += c.toLower();
    return out.simplified();
}

// Every rule, read straight from the file, for the visits the run assigned; returns the
// problems found ("visit 12: ..."), none when the run kept every rule.
QStringList brokenRules(const QSqlDatabase& db, qint64 waveId, const AssignmentRules& rules, int lockoutDays)
{
    QStringList problems;
    QSqlQuery visits(db);
    visits.prepare(QStringLiteral(
        "SELECT v.id, v.shopper_id, v.planned_date, l.id, l.channel, l.brand, l.city, l.latitude, l.longitude, l.is_competitor, "
        "s.status, s.birth_year, s.gender, s.home_city, s.home_latitude, s.home_longitude, s.capacity_per_wave, s.capacity_per_day, "
        "c.min_age, c.max_age, c.gender, c.id, w.starts_on, w.ends_on "
        "FROM visit v JOIN location l ON l.id = v.location_id JOIN shopper s ON s.id = v.shopper_id "
        "JOIN scenario c ON c.id = v.scenario_id JOIN wave w ON w.id = v.wave_id "
        "WHERE v.wave_id = ? AND v.status = 'assigned' AND v.assigned_by = 'auto' "
        "AND (SELECT note FROM visit_event e WHERE e.visit_id = v.id ORDER BY e.id DESC LIMIT 1) = 'auto-assign'"));
    visits.addBindValue(waveId);
    EXPECT_TRUE(visits.exec());
    std::map<QString, int> waveIndex;
    QSqlQuery waves(QStringLiteral("SELECT code, id FROM wave ORDER BY starts_on"), db);
    int index = 0;
    std::map<qint64, int> indexOfWave;
    while (waves.next())
        indexOfWave[waves.value(1).toLongLong()] = index++;
    auto one = [&](const QString& sql, const QVariantList& values) {
        QSqlQuery query(db);
        query.prepare(sql);
        for (const QVariant& value : values)
            query.addBindValue(value);
        EXPECT_TRUE(query.exec()) << sql.toStdString();
        return query.next() ? query.value(0) : QVariant();
    };
    while (visits.next()) {
        const qint64 visit = visits.value(0).toLongLong();
        const qint64 shopper = visits.value(1).toLongLong();
        const QString date = visits.value(2).toString();
        const qint64 location = visits.value(3).toLongLong();
        const bool inPerson = rules.inPersonChannels.contains(visits.value(4).toString());
        const QString where = QStringLiteral("visit %1 (shopper %2): ").arg(visit).arg(shopper);
        if (rules.activeOnly && visits.value(10).toString() != QLatin1String("active"))
            problems << where + QStringLiteral("not active");
        if (rules.profile) {
            const int age = 2026 - visits.value(11).toInt();
            if (!visits.value(18).isNull() && (visits.value(11).isNull() || age < visits.value(18).toInt()))
                problems << where + QStringLiteral("too young");
            if (!visits.value(19).isNull() && (visits.value(11).isNull() || age > visits.value(19).toInt()))
                problems << where + QStringLiteral("too old");
            if (!visits.value(20).isNull() && visits.value(20) != visits.value(12))
                problems << where + QStringLiteral("gender");
            if (one(QStringLiteral("SELECT count(*) FROM scenario_requirement r WHERE r.scenario_id = ? AND NOT EXISTS "
                                   "(SELECT 1 FROM shopper_tag t WHERE t.shopper_id = ? AND r.kind = 'tag' AND t.tag = r.value) AND NOT EXISTS "
                                   "(SELECT 1 FROM shopper_language g WHERE g.shopper_id = ? AND r.kind = 'language' AND g.language = r.value)"),
                    {visits.value(21), shopper, shopper})
                    .toInt()
                > 0)
                problems << where + QStringLiteral("a requirement");
        }
        const auto limit = inPerson ? rules.maxKm : rules.remoteMaxKm;
        if (inPerson || limit) {
            const bool coordinates = !visits.value(7).isNull() && !visits.value(14).isNull();
            if (coordinates) {
                const double km = GreatCircle::haversineKm(visits.value(7).toDouble(), visits.value(8).toDouble(),
                                                           visits.value(14).toDouble(), visits.value(15).toDouble());
                if (limit && km > *limit + 1e-9)
                    problems << where + QStringLiteral("%1 km away").arg(km);
            } else if (folded(visits.value(6).toString()) != folded(visits.value(13).toString())) {
                problems << where + QStringLiteral("another city without coordinates");
            }
        }
        const QString first = date.isEmpty() ? visits.value(22).toString() : date;
        const QString last = date.isEmpty() ? visits.value(23).toString() : date;
        if (rules.availability
            && one(QStringLiteral("SELECT count(*) FROM shopper_unavailable WHERE shopper_id = ? AND from_date <= ? AND to_date >= ?"),
                   {shopper, first, last})
                       .toInt()
                   > 0)
            problems << where + QStringLiteral("unavailable");
        if (rules.conflicts
            && one(QStringLiteral("SELECT count(*) FROM shopper_conflict WHERE shopper_id = ? AND (location_id = ? OR lower(brand) = lower(?))"),
                   {shopper, location, visits.value(5)})
                       .toInt()
                   > 0)
            problems << where + QStringLiteral("conflict of interest");
        // The lockout: any other visit of the shopper to the same place, in any wave.
        QSqlQuery others(db);
        others.prepare(QStringLiteral("SELECT o.planned_date, w.starts_on, w.ends_on, o.wave_id, l.brand, l.is_competitor, o.location_id "
                                      "FROM visit o JOIN location l ON l.id = o.location_id JOIN wave w ON w.id = o.wave_id "
                                      "WHERE o.shopper_id = ? AND o.id <> ? AND o.status <> 'cancelled'"));
        others.addBindValue(shopper);
        others.addBindValue(visit);
        EXPECT_TRUE(others.exec());
        while (others.next()) {
            const bool samePlace = others.value(6).toLongLong() == location
                                   || (rules.lockoutSameBrand && !visits.value(5).toString().isEmpty()
                                       && others.value(4).toString().compare(visits.value(5).toString(), Qt::CaseInsensitive) == 0)
                                   || (rules.lockoutCompetitorGroup && others.value(5).toInt() == 1 && visits.value(9).toInt() == 1);
            if (!samePlace)
                continue;
            const QDate otherFirst = QDate::fromString(others.value(0).isNull() ? others.value(1).toString() : others.value(0).toString(), Qt::ISODate);
            const QDate otherLast = QDate::fromString(others.value(0).isNull() ? others.value(2).toString() : others.value(0).toString(), Qt::ISODate);
            const qint64 apart = std::max<qint64>({0, QDate::fromString(first, Qt::ISODate).daysTo(otherFirst),
                                                   otherLast.daysTo(QDate::fromString(last, Qt::ISODate))});
            if (lockoutDays > 0 && apart < lockoutDays)
                problems << where + QStringLiteral("%1 days from another visit to the same place").arg(apart);
            if (rules.lockoutWaves > 0
                && std::abs(indexOfWave[others.value(3).toLongLong()] - indexOfWave[waveId]) <= rules.lockoutWaves)
                problems << where + QStringLiteral("within %1 wave(s) of another visit to the same place").arg(rules.lockoutWaves);
        }
        if (rules.capacityPerWave
            && one(QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = ? AND shopper_id = ? AND status <> 'cancelled'"), {waveId, shopper}).toInt()
                   > visits.value(16).toInt())
            problems << where + QStringLiteral("over the capacity per wave");
        if (rules.capacityPerDay && !date.isEmpty()
            && one(QStringLiteral("SELECT count(*) FROM visit WHERE shopper_id = ? AND planned_date = ? AND status <> 'cancelled'"), {shopper, date}).toInt()
                   > visits.value(17).toInt())
            problems << where + QStringLiteral("over the capacity per day");
    }
    return problems;
}

const QString kVisits = QStringLiteral("SELECT * FROM visit ORDER BY id");
const QString kEvents = QStringLiteral("SELECT * FROM visit_event ORDER BY id");
const QString kFixed = QStringLiteral("SELECT * FROM visit WHERE NOT (status = 'planned' AND locked = 0) "
                                      "AND NOT (status = 'assigned' AND assigned_by = 'auto' AND locked = 0) ORDER BY id");
} // namespace

TEST(AssignmentProperties, NoRuleIsBrokenFixedVisitsStayAndUndoIsExact)
{
    TestFolder folder;
    int assignedTotal = 0;
    for (quint64 seed = 1; seed <= 40; ++seed) {
        AssignmentFixture::Shape shape;
        shape.locations = 6;
        shape.shoppers = 12;
        shape.openVisits = 18;
        shape.fixedVisits = 4;
        shape.historyVisits = 10;
        qint64 waveId = 0;
        AssignmentRules rules;
        auto project = AssignmentFixture::write(folder.path(QStringLiteral("p%1.shopscope").arg(seed)), seed, shape, &waveId, &rules);
        ASSERT_TRUE(project);
        const QSqlDatabase db = project->database();
        QString error;
        const auto session = AssignmentSession::load(db, waveId, rules, AssignmentLoader::Options(), seed, nullptr, {}, &error);
        ASSERT_TRUE(session) << error.toStdString();
        const auto result = session->solve(&error);
        ASSERT_TRUE(result) << error.toStdString();
        assignedTotal += result->assignedCount();

        const QString visitsBefore = dump(db, kVisits), eventsBefore = dump(db, kEvents), fixedBefore = dump(db, kFixed);
        if (Command::assignmentChanges(session->problem(), *result).empty())
            continue;
        ASSERT_TRUE(Command::assignVisits(project.get(), session->problem(), *result, &error)) << error.toStdString();
        const QStringList problems = brokenRules(db, waveId, rules, rules.effectiveLockoutDays(db));
        EXPECT_TRUE(problems.isEmpty()) << "seed " << seed << ": " << problems.join(QStringLiteral("; ")).toStdString();
        EXPECT_EQ(dump(db, kFixed), fixedBefore) << "seed " << seed << ": locked, manual, accepted visits stay";
        EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status = 'assigned' "
                                                             "AND assigned_by = 'auto' AND locked = 0").arg(waveId)).toInt(),
                  result->assignedCount())
            << "seed " << seed << ": the open visits are the run's, assigned or planned";

        const QString visitsAfter = dump(db, kVisits), eventsAfter = dump(db, kEvents);
        ASSERT_TRUE(project->undoStack()->undo(&error)) << error.toStdString();
        EXPECT_EQ(dump(db, kVisits), visitsBefore) << "seed " << seed;
        EXPECT_EQ(dump(db, kEvents), eventsBefore) << "seed " << seed;
        ASSERT_TRUE(project->undoStack()->redo(&error)) << error.toStdString();
        EXPECT_EQ(dump(db, kVisits), visitsAfter) << "seed " << seed;
        EXPECT_EQ(dump(db, kEvents), eventsAfter) << "seed " << seed << ": the same event ids again";
    }
    EXPECT_GT(assignedTotal, 200);
}

TEST(AssignmentProperties, TheDemoProgrammesWavesKeepEveryRule)
{
    TestFolder folder;
    ProjectError failure;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &failure);
    ASSERT_TRUE(project) << failure.message.toStdString();
    const QSqlDatabase db = project->database();
    for (const char* code : {"W2026-11", "W2026-12"}) {
        const qint64 waveId = scalar(project->filePath(), QStringLiteral("SELECT id FROM wave WHERE code = '%1'").arg(QLatin1String(code))).toLongLong();
        QString error;
        const auto session = AssignmentSession::load(db, waveId, &error);
        ASSERT_TRUE(session) << error.toStdString();
        const auto result = session->solve(&error);
        ASSERT_TRUE(result) << error.toStdString();
        EXPECT_TRUE(result->provenOptimal) << code;
        EXPECT_GT(result->assignedCount(), 10) << code;
        const QString fixedBefore = dump(db, kFixed);
        ASSERT_TRUE(Command::assignVisits(project.get(), session->problem(), *result, &error)) << error.toStdString();
        const QStringList problems = brokenRules(db, waveId, session->problem().rules, session->problem().lockoutDays);
        EXPECT_TRUE(problems.isEmpty()) << code << ": " << problems.join(QStringLiteral("; ")).toStdString();
        EXPECT_EQ(dump(db, kFixed), fixedBefore) << code;
    }
}

TEST(AssignmentProperties, AWriteRefusesVisitsChangedSinceTheyWereRead)
{
    TestFolder folder;
    qint64 waveId = 0;
    AssignmentRules rules;
    AssignmentFixture::Shape shape;
    shape.shoppers = 10;
    auto project = AssignmentFixture::write(folder.path(QStringLiteral("changed.shopscope")), 4, shape, &waveId, &rules);
    ASSERT_TRUE(project);
    QString error;
    const auto session = AssignmentSession::load(project->database(), waveId, rules, AssignmentLoader::Options(), 1, nullptr, {}, &error);
    ASSERT_TRUE(session);
    const auto result = session->solve(&error);
    ASSERT_TRUE(result);
    ASSERT_FALSE(result->assignments.empty());
    const qint64 visitId = session->problem().visits[size_t(result->assignments.front().visit)].id;
    QSqlQuery lock(project->database());
    ASSERT_TRUE(lock.exec(QStringLiteral("UPDATE visit SET locked = 1 WHERE id = %1").arg(visitId)));
    const QString before = dump(project->database(), kVisits);
    EXPECT_FALSE(Command::assignVisits(project.get(), session->problem(), *result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("changed since they were read (visit %1)").arg(visitId))) << error.toStdString();
    EXPECT_EQ(dump(project->database(), kVisits), before) << "nothing written";
    EXPECT_EQ(project->undoStack()->count(), 0);
}
