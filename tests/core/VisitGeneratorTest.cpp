#include "commands/PlanCommands.h"
#include "commands/UndoStack.h"
#include "commands/WaveCommands.h"
#include "planning/VisitGenerator.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace {
PlanRules rulesFrom(const char* json)
{
    QString error;
    auto rules = PlanRules::fromJson(QByteArray(json), &error);
    EXPECT_TRUE(rules) << error.toStdString();
    return rules.value_or(PlanRules());
}

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
} // namespace

TEST(PlanRules, ReadsWritesAndNamesTheFieldOfAProblem)
{
    const PlanRules rules = rulesFrom(R"({"visits":{"mode":"fixed","count":3,"by_channel":{"call":10}},
        "scenarios":{"allocation":"fixed","codes":["A","B"]},"weekdays":{"saturday":0.3},"dayparts":{"evening":0.2},
        "locations":{"competitors":"include","regions":["Rīga"]}})");
    EXPECT_EQ(rules.count, 3);
    EXPECT_EQ(rules.countByChannel.value(QStringLiteral("call")), 10);
    EXPECT_EQ(rules.allocation, PlanRules::Allocation::Fixed);
    EXPECT_DOUBLE_EQ(rules.weekdayShares.value(6), 0.3);
    EXPECT_EQ(rules.regions, QStringList{QStringLiteral("Rīga")});
    QString error;
    auto again = PlanRules::fromJson(rules.toJson(), &error);
    ASSERT_TRUE(again);
    EXPECT_TRUE(*again == rules) << "a round trip keeps every rule";

    struct Bad
    {
        const char* json;
        const char* message;
    };
    for (const Bad& bad : {Bad{R"({"weekdays":{"saturday":0.6,"sunday":0.5}})", "add up to 110.0 %, more than 100 %"},
                           Bad{R"({"weekdays":{"saturday":30}})", "weekdays.saturday: 30 is not a share between 0 and 1 (write 0.3"},
                           Bad{R"({"weekdays":{"caturday":0.1}})", "weekdays.caturday: not a weekday"},
                           Bad{R"({"dayparts":{"night":0.1}})", "dayparts.night: not a daypart"},
                           Bad{R"({"visits":{"mode":"fixed","count":-1}})", "visits.count: must be a whole number"},
                           Bad{R"({"visits":{"mode":"staff","min":5,"max":2}})", "the minimum 5 is above the maximum 2"},
                           Bad{R"({"visit":{"count":1}})", "visit: unknown setting"},
                           Bad{R"({"weekdays":)", "not valid JSON"}}) {
        error.clear();
        EXPECT_FALSE(PlanRules::fromJson(QByteArray(bad.json), &error)) << bad.json;
        EXPECT_TRUE(error.contains(QString::fromUtf8(bad.message))) << bad.json << " → " << error.toStdString();
    }
}

class VisitGeneratorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    QSqlDatabase db() const { return m_project->database(); }
    PlanProposal propose(const QString& wave, const PlanRules& rules, quint64 seed = 1)
    {
        QString error;
        auto proposal = VisitGenerator::propose(db(), wave, rules, seed, &error);
        EXPECT_TRUE(proposal) << error.toStdString();
        return proposal.value_or(PlanProposal());
    }
    QString refusal(const QString& wave, const PlanRules& rules)
    {
        QString error;
        EXPECT_FALSE(VisitGenerator::propose(db(), wave, rules, 1, &error));
        return error;
    }
    void addWaves(int count)
    {
        WaveSeries series{WaveSeries::Frequency::Monthly, QDate(2027, 1, 1), count, 14};
        QString error;
        ASSERT_TRUE(Command::addWaves(m_project.get(), series.waves(&error), &error)) << error.toStdString();
    }
    void exec(const QString& sql)
    {
        QSqlQuery query(db());
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
};

TEST_F(VisitGeneratorTest, SameSeedSamePlanOtherSeedOtherPlan)
{
    const PlanRules rules = rulesFrom(R"({"visits":{"mode":"fixed","count":2}})");
    const PlanProposal a = propose(QStringLiteral("W2026-12"), rules, 7);
    const PlanProposal b = propose(QStringLiteral("W2026-12"), rules, 7);
    const PlanProposal c = propose(QStringLiteral("December 2026"), rules, 8);
    ASSERT_EQ(a.visits.size(), b.visits.size());
    ASSERT_FALSE(a.visits.empty());
    int differ = 0;
    for (size_t i = 0; i < a.visits.size(); ++i) {
        EXPECT_EQ(a.visits[i].date, b.visits[i].date);
        EXPECT_EQ(a.visits[i].daypart, b.visits[i].daypart);
        EXPECT_EQ(a.visits[i].scenarioId, b.visits[i].scenarioId);
        differ += a.visits[i].date != c.visits[i].date ? 1 : 0;
    }
    EXPECT_GT(differ, 10) << "another seed draws other dates";
    EXPECT_EQ(c.waveCode, QStringLiteral("W2026-12")) << "a wave is found by its name too";
}

TEST_F(VisitGeneratorTest, QuotasHoldWithinOneVisitAndVisitsFallInsideOpeningHours)
{
    const PlanRules rules = rulesFrom(R"({"visits":{"mode":"fixed","count":3,"by_channel":{"call":20}},
        "weekdays":{"saturday":0.3},"dayparts":{"evening":0.1},"locations":{"competitors":"include"}})");
    const PlanProposal proposal = propose(QStringLiteral("W2026-12"), rules);
    ASSERT_GT(proposal.visits.size(), 300u);
    int saturday = 0, evening = 0;
    for (const PlanProposal::Check& check : proposal.checks)
        if (check.scope.isEmpty()) {
            EXPECT_TRUE(check.holds()) << check.dimension.toStdString() << " " << check.cell.toStdString() << " asked "
                                       << check.asked << " got " << check.achieved;
            if (check.dimension == QLatin1String("weekday") && check.cell == QLatin1String("6"))
                saturday = check.achieved;
            if (check.dimension == QLatin1String("daypart") && check.cell == QLatin1String("evening"))
                evening = check.achieved;
        }
    const double total = double(proposal.totalVisits());
    EXPECT_NEAR(saturday, 0.3 * total, 1.0);
    EXPECT_NEAR(evening, 0.1 * total, 1.0);
    // Counted independently of the generator: every date is a day the location is open, in a
    // daypart it is open for at least half an hour, and no branch is visited twice a day.
    QSqlQuery hours(db());
    std::map<std::pair<qint64, int>, std::vector<std::pair<int, int>>> open;
    hours.exec(QStringLiteral("SELECT location_id, weekday, opens, closes FROM location_hours"));
    auto minutes = [](const QString& t) { return t.left(2).toInt() * 60 + t.mid(3).toInt(); };
    std::set<qint64> withHours;
    while (hours.next()) {
        open[{hours.value(0).toLongLong(), hours.value(1).toInt()}].push_back(
            {minutes(hours.value(2).toString()), minutes(hours.value(3).toString())});
        withHours.insert(hours.value(0).toLongLong());
    }
    std::set<std::pair<qint64, QDate>> branchDays;
    for (const PlanProposal::Visit& visit : proposal.visits) {
        EXPECT_GE(visit.date, QDate(2026, 12, 1));
        EXPECT_LE(visit.date, QDate(2026, 12, 31));
        if (!withHours.count(visit.locationId))
            continue;
        const auto window = PlanRules::daypartMinutes(visit.daypart);
        int overlap = 0;
        for (const auto& [from, to] : open[{visit.locationId, visit.date.dayOfWeek()}])
            overlap += std::max(0, std::min(to, window.second) - std::max(from, window.first));
        EXPECT_GE(overlap, 30) << "location " << visit.locationId << " on " << visit.date.toString().toStdString() << " "
                               << visit.daypart.toStdString();
    }
    QSqlQuery branches(db());
    branches.exec(QStringLiteral("SELECT id FROM location WHERE channel = 'visit'"));
    std::set<qint64> physical;
    while (branches.next())
        physical.insert(branches.value(0).toLongLong());
    for (const PlanProposal::Visit& visit : proposal.visits) {
        if (physical.count(visit.locationId)) {
            EXPECT_TRUE(branchDays.insert({visit.locationId, visit.date}).second) << "two visits one day at " << visit.locationId;
        }
    }
}

TEST_F(VisitGeneratorTest, RotationMeetsEveryScenarioWithoutConsecutiveRepeats)
{
    // Three branch scenarios; six monthly waves of one visit per branch.
    exec(QStringLiteral("INSERT INTO scenario (code, channel, fee) VALUES ('LOAN', 'visit', 30), ('ACCOUNT', 'visit', 25)"));
    addWaves(6);
    const PlanRules one = rulesFrom(R"({"locations":{"channels":["visit"]},"scenarios":{"codes":["MORTGAGE","LOAN","ACCOUNT"]}})");
    std::map<qint64, std::vector<qint64>> seen; // location -> scenario per wave
    for (int month = 1; month <= 6; ++month) {
        const PlanProposal proposal = propose(QStringLiteral("W2027-%1").arg(month, 2, 10, QLatin1Char('0')), one);
        for (const PlanProposal::Visit& visit : proposal.visits)
            seen[visit.locationId].push_back(visit.scenarioId);
    }
    ASSERT_GT(seen.size(), 50u);
    for (const auto& [location, scenarios] : seen) {
        ASSERT_EQ(scenarios.size(), 6u);
        for (size_t w = 0; w + 2 < scenarios.size(); ++w)
            EXPECT_EQ(std::set<qint64>(scenarios.begin() + long(w), scenarios.begin() + long(w) + 3).size(), 3u)
                << "every three waves in a row meet all three scenarios at " << location;
        for (size_t w = 0; w + 1 < scenarios.size(); ++w)
            EXPECT_NE(scenarios[w], scenarios[w + 1]) << "no repeat in consecutive waves at " << location;
    }
    // Two visits a wave: no scenario twice in one wave, and all three within two waves.
    const PlanRules two = rulesFrom(R"({"visits":{"count":2},"locations":{"channels":["visit"]},
        "scenarios":{"codes":["MORTGAGE","LOAN","ACCOUNT"]}})");
    std::map<qint64, std::set<qint64>> firstTwo;
    for (const QString& wave : {QStringLiteral("W2027-01"), QStringLiteral("W2027-02")}) {
        std::map<qint64, std::set<qint64>> inWave;
        for (const PlanProposal::Visit& visit : propose(wave, two).visits) {
            EXPECT_TRUE(inWave[visit.locationId].insert(visit.scenarioId).second);
            firstTwo[visit.locationId].insert(visit.scenarioId);
        }
    }
    for (const auto& [location, scenarios] : firstTwo)
        EXPECT_EQ(scenarios.size(), 3u) << location;
}

TEST_F(VisitGeneratorTest, ImpossiblePlansAreRefusedWithTheReason)
{
    EXPECT_TRUE(refusal(QStringLiteral("W2026-12"), rulesFrom(R"({"weekdays":{"sunday":0.5}})")).contains(QStringLiteral("allow at most")));
    EXPECT_TRUE(refusal(QStringLiteral("W2026-12"), rulesFrom(R"({"locations":{"channels":["visit"]},"visits":{"count":100}})"))
                    .contains(QStringLiteral("opening hours allow only")));
    EXPECT_TRUE(refusal(QStringLiteral("W2026-12"), rulesFrom(R"({"scenarios":{"codes":["MORTGAGE"]}})"))
                    .contains(QStringLiteral("no scenario of the plan for their channel")));
    EXPECT_TRUE(refusal(QStringLiteral("W2026-12"), rulesFrom(R"({"scenarios":{"codes":["NOPE"]}})")).contains(QStringLiteral("NOPE")));
    EXPECT_TRUE(refusal(QStringLiteral("W2026-12"), rulesFrom(R"({"locations":{"regions":["Atlantis"]}})")).contains(QStringLiteral("Atlantis")));
    EXPECT_TRUE(refusal(QStringLiteral("W2026-10"), PlanRules()).contains(QStringLiteral("closed wave takes no new visits")));
    EXPECT_TRUE(refusal(QStringLiteral("W2099-01"), PlanRules()).contains(QStringLiteral("no wave with the code or name")));
}

TEST_F(VisitGeneratorTest, RegeneratingKeepsAssignedVisitsAndUndoRestoresEverything)
{
    // The demo's current wave is in fieldwork with some visits assigned or done already.
    const QString visits = QStringLiteral("SELECT id, wave_id, location_id, scenario_id, slot, planned_date, daypart, status, "
                                          "shopper_id FROM visit ORDER BY id");
    const QString before = dump(db(), visits);
    const QString kept = dump(db(), QStringLiteral("SELECT v.* FROM visit v JOIN wave w ON w.id = v.wave_id "
                                                   "WHERE w.code = 'W2026-11' AND v.status <> 'planned' ORDER BY v.id"));
    ASSERT_FALSE(kept.isEmpty());
    const PlanRules rules = rulesFrom(R"({"visits":{"count":2}})");
    const PlanProposal proposal = propose(QStringLiteral("W2026-11"), rules);
    EXPECT_GT(proposal.keptVisits, 0);
    EXPECT_FALSE(proposal.replacedVisits.isEmpty());
    QString error;
    ASSERT_TRUE(Command::generateVisits(m_project.get(), proposal, GenerateVisitsCommand::StoreRules::ForWave, &error))
        << error.toStdString();
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT v.* FROM visit v JOIN wave w ON w.id = v.wave_id "
                                        "WHERE w.code = 'W2026-11' AND v.status <> 'planned' ORDER BY v.id")),
              kept)
        << "assigned and done visits are untouched";
    // Every planned location now has two counting visits (more only where more were kept).
    QSqlQuery perLocation(QStringLiteral("SELECT l.code FROM location l WHERE l.is_competitor = 0 AND l.active = 1 AND "
                                         "(SELECT count(*) FROM visit v JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-11' "
                                         " AND v.location_id = l.id AND v.status <> 'cancelled') < 2"),
                          db());
    EXPECT_FALSE(perLocation.next()) << "every location has its two visits";
    EXPECT_FALSE(PlanRules::storedJson(db(), proposal.waveId).isEmpty()) << "the rules are stored for the wave";
    const QString after = dump(db(), visits);

    ASSERT_TRUE(m_project->undoStack()->undo(&error)) << error.toStdString();
    EXPECT_EQ(dump(db(), visits), before);
    EXPECT_TRUE(PlanRules::storedJson(db(), proposal.waveId).isEmpty());
    ASSERT_TRUE(m_project->undoStack()->redo(&error)) << error.toStdString();
    EXPECT_EQ(dump(db(), visits), after) << "redo writes the same visits with the same ids";
}

TEST_F(VisitGeneratorTest, AVisitAssignedSinceThePreviewStopsTheWrite)
{
    const PlanProposal proposal = propose(QStringLiteral("W2026-12"), PlanRules());
    ASSERT_FALSE(proposal.replacedVisits.isEmpty());
    exec(QStringLiteral("UPDATE visit SET locked = 1 WHERE id = %1").arg(proposal.replacedVisits.front()));
    const QString before = dump(db(), QStringLiteral("SELECT * FROM visit ORDER BY id"));
    QString error;
    EXPECT_FALSE(Command::generateVisits(m_project.get(), proposal, GenerateVisitsCommand::StoreRules::No, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("changed since the preview"))) << error.toStdString();
    EXPECT_EQ(dump(db(), QStringLiteral("SELECT * FROM visit ORDER BY id")), before);
}

TEST_F(VisitGeneratorTest, EvenWeeksFollowTheWeekdayQuotas)
{
    // December 2026 ends with a Tuesday-to-Thursday week that has no Monday: "every visit on a
    // Monday" must leave that week empty rather than miss the Monday quota.
    const PlanProposal proposal = propose(QStringLiteral("W2026-12"), rulesFrom(R"({"weekdays":{"monday":1}})"));
    ASSERT_FALSE(proposal.visits.empty());
    for (const PlanProposal::Visit& visit : proposal.visits)
        EXPECT_EQ(visit.date.dayOfWeek(), 1) << visit.date.toString(Qt::ISODate).toStdString();
    for (const PlanProposal::Check& check : proposal.checks) {
        if (check.scope.isEmpty()) {
            EXPECT_TRUE(check.holds()) << check.dimension.toStdString() << " " << check.cell.toStdString();
        }
    }
}
