#include "planning/PlanSummary.h"
#include "planning/WaveLookup.h"

#include "project/Project.h"
#include "support/PlanProject.h"
#include "support/TestProject.h"

#include <QJsonArray>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace {

class PlanSummaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = writePlanProject(m_folder.path(QStringLiteral("plan.shopscope")));
        ProjectError error;
        m_project = Project::open(m_file, Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        QString message;
        m_january
            = WaveLookup::find(m_project->database(), QStringLiteral("W2027-01"), &message).value_or(0);
        ASSERT_GT(m_january, 0) << message.toStdString();
    }

    PlanSummary read(std::optional<qint64> wave, PlanSummary::Dimensions by)
    {
        QString error;
        const auto summary = PlanSummary::read(m_project->database(), { wave, by }, &error);
        EXPECT_TRUE(summary) << error.toStdString();
        return summary.value_or(PlanSummary());
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    qint64 m_january = 0;
};

} // namespace

TEST_F(PlanSummaryTest, CountsAndBudgetPerRegionWithoutCancelledVisits)
{
    const PlanSummary summary = read(m_january, PlanSummary::Region);
    EXPECT_EQ(summary.waveCode, QStringLiteral("W2027-01"));
    EXPECT_EQ(summary.waveName, QStringLiteral("January 2027"));
    // Countries in name order, regions in name order within them, "no region" last. The area
    // Centrs counts for its region Rīga; LV-001's cancelled visit counts nowhere.
    ASSERT_EQ(summary.cells.size(), 4);
    const struct
    {
        const char* country;
        const char* region;
        qint64 visits;
        double budget;
    } expected[] = { { "Latvia", "Kurzeme", 4, 48.0 },
                     { "Latvia", "Rīga", 5, 177.5 },
                     { "Norway", "Oslo", 1, 35.5 },
                     { "", "", 2, 24.0 } };
    for (int i = 0; i < 4; ++i) {
        const PlanSummary::Cell& cell = summary.cells.at(i);
        EXPECT_EQ(cell.country, QString::fromUtf8(expected[i].country)) << i;
        EXPECT_EQ(cell.region, QString::fromUtf8(expected[i].region)) << i;
        EXPECT_EQ(cell.visits, expected[i].visits) << i;
        EXPECT_DOUBLE_EQ(cell.budget, expected[i].budget) << i;
        EXPECT_TRUE(cell.scenarioCode.isEmpty() && cell.locationCode.isEmpty() && cell.waveCode.isEmpty())
            << "only the grouped keys are set";
    }
    EXPECT_EQ(summary.cells.at(3).regionId, 0);
    EXPECT_EQ(summary.total.visits, 12);
    EXPECT_DOUBLE_EQ(summary.total.budget, 285.0);
}

TEST_F(PlanSummaryTest, AnyCombinationOfDimensions)
{
    // All waves by wave: February is LV-001's five mortgages.
    PlanSummary summary = read(std::nullopt, PlanSummary::Wave);
    ASSERT_EQ(summary.cells.size(), 2);
    EXPECT_EQ(summary.cells.at(0).waveCode, QStringLiteral("W2027-01"));
    EXPECT_EQ(summary.cells.at(1).waveCode, QStringLiteral("W2027-02"));
    EXPECT_EQ(summary.cells.at(1).waveName, QStringLiteral("February 2027"));
    EXPECT_EQ(summary.cells.at(1).visits, 5);
    EXPECT_DOUBLE_EQ(summary.cells.at(1).budget, 177.5);
    EXPECT_EQ(summary.total.visits, 17);
    EXPECT_DOUBLE_EQ(summary.total.budget, 462.5);
    EXPECT_FALSE(summary.waveId);

    // Scenario × channel: the channel is the location's, so COMPLAINT splits into call and web.
    summary = read(m_january, PlanSummary::Scenario | PlanSummary::Channel);
    ASSERT_EQ(summary.cells.size(), 3);
    EXPECT_EQ(summary.cells.at(0).scenarioCode, QStringLiteral("COMPLAINT"));
    EXPECT_EQ(summary.cells.at(0).scenarioTitle, QStringLiteral("Card complaint"));
    EXPECT_EQ(summary.cells.at(0).channel, QStringLiteral("call"));
    EXPECT_EQ(summary.cells.at(0).visits, 4);
    EXPECT_EQ(summary.cells.at(1).channel, QStringLiteral("web"));
    EXPECT_EQ(summary.cells.at(1).visits, 2);
    EXPECT_EQ(summary.cells.at(2).scenarioCode, QStringLiteral("MORTGAGE"));
    EXPECT_EQ(summary.cells.at(2).visits, 6);
    EXPECT_DOUBLE_EQ(summary.cells.at(2).budget, 6 * 35.5);

    // Wave × location over all waves; the approved visit counts (only cancelled ones do not).
    summary = read(std::nullopt, PlanSummary::Wave | PlanSummary::Location);
    ASSERT_EQ(summary.cells.size(), 6);
    EXPECT_EQ(summary.cells.at(0).locationCode, QStringLiteral("LV-001"));
    EXPECT_EQ(summary.cells.at(0).locationName, QStringLiteral("Rīga Centrs"));
    EXPECT_EQ(summary.cells.at(0).visits, 3);
    EXPECT_EQ(summary.cells.at(5).waveCode, QStringLiteral("W2027-02"));
    EXPECT_EQ(summary.cells.at(5).locationCode, QStringLiteral("LV-001"));
    EXPECT_EQ(summary.cells.at(5).visits, 5);

    // No grouping: one cell, the whole programme.
    summary = read(m_january, {});
    ASSERT_EQ(summary.cells.size(), 1);
    EXPECT_EQ(summary.cells.at(0).visits, 12);
    EXPECT_EQ(summary.total.visits, 12);
}

TEST_F(PlanSummaryTest, MarginsMatchTheTextbook)
{
    // DOMAIN.md: a yes/no item at 80 % has about ±14 points at 95 % with 30 visits and about ±5.5
    // with 200. Exactly: 1.959964 · sqrt(0.8 · 0.2 / n).
    EXPECT_NEAR(*PlanSummary::marginFor(30), 0.14313, 5e-5);
    EXPECT_NEAR(*PlanSummary::marginFor(200), 0.05544, 5e-5);
    EXPECT_NEAR(*PlanSummary::marginFor(1), 0.78399, 5e-5);
    EXPECT_FALSE(PlanSummary::marginFor(0));

    // And per cell, with n the cell's visits: 30 and 200 visits planned in two more waves.
    tamper(
        m_file,
        QStringLiteral("INSERT INTO wave (id, code, name, starts_on, ends_on) VALUES (3, 'W2027-03', 'March "
                       "2027', '2027-03-01', "
                       "'2027-03-31'), (4, 'W2027-04', 'April 2027', '2027-04-01', '2027-04-30');"
                       "WITH RECURSIVE slot(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM slot WHERE n < 200) "
                       "INSERT INTO visit (wave_id, location_id, scenario_id, slot) SELECT 3, 4, 1, n FROM "
                       "slot WHERE n <= 30 "
                       "UNION ALL SELECT 4, 4, 1, n FROM slot;"));
    const PlanSummary summary = read(std::nullopt, PlanSummary::Wave);
    ASSERT_EQ(summary.cells.size(), 4);
    EXPECT_EQ(summary.cells.at(2).visits, 30);
    EXPECT_NEAR(*summary.cells.at(2).margin, 0.143, 5e-4);
    EXPECT_EQ(summary.cells.at(3).visits, 200);
    EXPECT_NEAR(*summary.cells.at(3).margin, 0.0554, 5e-5);
    EXPECT_NEAR(*summary.total.margin, *PlanSummary::marginFor(247), 1e-12);
}

TEST_F(PlanSummaryTest, SmallBaseFlagBelowTheThresholdOnly)
{
    // Threshold 5: Rīga's 5 visits are enough, Kurzeme's 4 are not.
    PlanSummary summary = read(m_january, PlanSummary::Region);
    EXPECT_EQ(summary.smallBaseThreshold, 5);
    EXPECT_EQ(summary.cells.at(1).visits, 5);
    EXPECT_FALSE(summary.cells.at(1).tooSmall);
    EXPECT_EQ(summary.cells.at(0).visits, 4);
    EXPECT_TRUE(summary.cells.at(0).tooSmall);
    EXPECT_FALSE(summary.total.tooSmall);

    // The programme's own threshold is used: at 4, Kurzeme's 4 visits are enough too.
    tamper(m_file, QStringLiteral("UPDATE programme SET small_base_threshold = 4"));
    summary = read(m_january, PlanSummary::Region);
    EXPECT_EQ(summary.smallBaseThreshold, 4);
    EXPECT_FALSE(summary.cells.at(0).tooSmall);
    EXPECT_TRUE(summary.cells.at(2).tooSmall) << "Oslo has 1 visit";
}

TEST_F(PlanSummaryTest, PrecisionOfTheProgrammeRegionsAndLocations)
{
    PlanSummary summary = read(m_january, PlanSummary::Scenario);
    ASSERT_EQ(summary.levels.size(), 3);
    const auto& programme = summary.levels.at(0);
    EXPECT_EQ(programme.level, PlanSummary::Level::Programme);
    EXPECT_EQ(programme.cells, 1);
    EXPECT_EQ(programme.smallestBase, 12);
    EXPECT_EQ(programme.tooSmall, 0);
    EXPECT_NEAR(*programme.widestMargin, *PlanSummary::marginFor(12), 1e-12);
    const auto& regions = summary.levels.at(1);
    EXPECT_EQ(regions.level, PlanSummary::Level::Region);
    EXPECT_EQ(regions.cells, 4); // Kurzeme, Rīga, Oslo, and no region
    EXPECT_EQ(regions.smallestBase, 1);
    EXPECT_EQ(regions.largestBase, 5);
    EXPECT_EQ(regions.tooSmall, 3);
    const auto& locations = summary.levels.at(2);
    EXPECT_EQ(locations.cells, 5);
    EXPECT_EQ(locations.largestBase, 4);
    EXPECT_EQ(locations.tooSmall, 5);

    // Over all waves the levels stay per wave: February's LV-001 is one more location reading.
    summary = read(std::nullopt, {});
    EXPECT_EQ(summary.levels.at(0).cells, 2);
    EXPECT_EQ(summary.levels.at(0).smallestBase, 5);
    EXPECT_EQ(summary.levels.at(2).cells, 6);
    EXPECT_EQ(summary.levels.at(2).largestBase, 5);
    EXPECT_EQ(summary.levels.at(2).tooSmall, 5);
}

TEST_F(PlanSummaryTest, AWaveWithoutVisitsIsEmpty)
{
    tamper(m_file,
           QStringLiteral("INSERT INTO wave (id, code, name, starts_on, ends_on) VALUES "
                          "(9, 'W2027-09', 'September 2027', '2027-09-01', '2027-09-30')"));
    const PlanSummary summary = read(9, PlanSummary::Region | PlanSummary::Scenario);
    EXPECT_TRUE(summary.cells.isEmpty());
    EXPECT_EQ(summary.total.visits, 0);
    EXPECT_DOUBLE_EQ(summary.total.budget, 0.0);
    EXPECT_FALSE(summary.total.margin);
    EXPECT_EQ(summary.levels.at(0).cells, 0);
    EXPECT_FALSE(summary.levels.at(0).widestMargin);
}

TEST_F(PlanSummaryTest, WavesAreFoundByCodeOrName)
{
    QString error;
    EXPECT_EQ(WaveLookup::find(m_project->database(), QStringLiteral("February 2027"), &error), 2);
    EXPECT_FALSE(WaveLookup::find(m_project->database(), QStringLiteral("W2030-01"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("“W2030-01”"))) << error.toStdString();
    tamper(m_file, QStringLiteral("UPDATE wave SET name = 'Pilot'"));
    EXPECT_FALSE(WaveLookup::find(m_project->database(), QStringLiteral("Pilot"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("code instead"))) << error.toStdString();
    EXPECT_EQ(WaveLookup::find(m_project->database(), QStringLiteral("W2027-02"), &error), 2);

    QString problem;
    EXPECT_FALSE(PlanSummary::read(m_project->database(), { qint64(77), {} }, &problem));
    EXPECT_TRUE(problem.contains(QStringLiteral("no longer exists"))) << problem.toStdString();
}

TEST(PlanSummaryDimensions, ParsedFromAList)
{
    QString error;
    EXPECT_EQ(PlanSummary::parseDimensions(QStringLiteral("region, Scenario,channel"), &error),
              PlanSummary::Region | PlanSummary::Scenario | PlanSummary::Channel);
    EXPECT_EQ(PlanSummary::parseDimensions(QStringLiteral("none"), &error), PlanSummary::Dimensions());
    EXPECT_FALSE(PlanSummary::parseDimensions(QStringLiteral("wave,shop"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("“shop”"))) << error.toStdString();
}

TEST_F(PlanSummaryTest, JsonHasTheGroupedKeysAndTheFigures)
{
    const QJsonObject json = read(m_january, PlanSummary::Region | PlanSummary::Location).toJson();
    EXPECT_EQ(json.value(QStringLiteral("wave")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("W2027-01"));
    EXPECT_EQ(json.value(QStringLiteral("by")).toArray(),
              QJsonArray({ QStringLiteral("region"), QStringLiteral("location") }));
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    ASSERT_EQ(cells.size(), 5);
    const QJsonObject first = cells.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("region")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Kurzeme"));
    EXPECT_EQ(first.value(QStringLiteral("location")).toObject().value(QStringLiteral("code")).toString(),
              QStringLiteral("LV-003"));
    EXPECT_FALSE(first.contains(QStringLiteral("scenario")));
    EXPECT_TRUE(cells.at(4)
                    .toObject()
                    .value(QStringLiteral("region"))
                    .toObject()
                    .value(QStringLiteral("name"))
                    .isNull());
    const QJsonObject total = json.value(QStringLiteral("total")).toObject();
    EXPECT_EQ(total.value(QStringLiteral("visits")).toInt(), 12);
    EXPECT_DOUBLE_EQ(total.value(QStringLiteral("budget")).toDouble(), 285.0);
}
