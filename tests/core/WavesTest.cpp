#include "commands/UndoStack.h"
#include "commands/WaveCommands.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

TEST(WaveSeries, MonthlyQuarterlyWeeklyAndEveryNDays)
{
    QString error;
    WaveSeries monthly{WaveSeries::Frequency::Monthly, QDate(2026, 11, 15), 3, 14};
    auto waves = monthly.waves(&error);
    ASSERT_EQ(waves.size(), 3u);
    EXPECT_EQ(waves[0].code, QStringLiteral("W2026-11"));
    EXPECT_EQ(waves[0].starts, QDate(2026, 11, 1));
    EXPECT_EQ(waves[1].ends, QDate(2026, 12, 31));
    EXPECT_EQ(waves[2].code, QStringLiteral("W2027-01")) << "across the new year";
    EXPECT_EQ(waves[2].name, QStringLiteral("January 2027"));

    WaveSeries quarterly{WaveSeries::Frequency::Quarterly, QDate(2027, 5, 20), 4, 14};
    waves = quarterly.waves(&error);
    EXPECT_EQ(waves[0].code, QStringLiteral("W2027-Q2"));
    EXPECT_EQ(waves[0].starts, QDate(2027, 4, 1));
    EXPECT_EQ(waves[0].ends, QDate(2027, 6, 30));
    EXPECT_EQ(waves[3].code, QStringLiteral("W2028-Q1"));

    // ISO weeks: 2026-12-31 is a Thursday of week 53 of 2026.
    WaveSeries weekly{WaveSeries::Frequency::Weekly, QDate(2026, 12, 31), 2, 14};
    waves = weekly.waves(&error);
    EXPECT_EQ(waves[0].starts, QDate(2026, 12, 28));
    EXPECT_EQ(waves[0].code, QStringLiteral("W2026-W53"));
    EXPECT_EQ(waves[1].code, QStringLiteral("W2027-W01"));

    WaveSeries days{WaveSeries::Frequency::EveryNDays, QDate(2027, 2, 20), 2, 10};
    waves = days.waves(&error);
    EXPECT_EQ(waves[0].ends, QDate(2027, 3, 1));
    EXPECT_EQ(waves[1].starts, QDate(2027, 3, 2));

    WaveSeries none{WaveSeries::Frequency::Monthly, QDate(2027, 1, 1), 0, 14};
    EXPECT_TRUE(none.waves(&error).empty());
    EXPECT_TRUE(error.contains(QStringLiteral("1 to 120"))) << error.toStdString();
}

class WavesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    QString statusOf(const QString& code) const
    {
        QSqlQuery query(m_project->database());
        query.prepare(QStringLiteral("SELECT status FROM wave WHERE code = ?"));
        query.addBindValue(code);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }
    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
};

TEST_F(WavesTest, ASeriesIsOneUndoableStepAndCodesStayUnique)
{
    QString error;
    const auto series = WaveSeries{WaveSeries::Frequency::Monthly, QDate(2027, 1, 1), 12, 14}.waves(&error);
    const auto ids = Command::addWaves(m_project.get(), series, &error);
    ASSERT_TRUE(ids) << error.toStdString();
    EXPECT_EQ(ids->size(), 12);
    EXPECT_EQ(statusOf(QStringLiteral("W2027-06")), QStringLiteral("planning"));
    EXPECT_EQ(m_project->undoStack()->count(), 1);
    ASSERT_TRUE(m_project->undoStack()->undo(&error));
    EXPECT_TRUE(statusOf(QStringLiteral("W2027-06")).isEmpty());
    ASSERT_TRUE(m_project->undoStack()->redo(&error));
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT id FROM wave WHERE code = 'W2027-01'")).toLongLong(),
              ids->first()) << "redo recreates the same rows";
    // The demo already has W2026-12: a series overlapping it is refused whole.
    const auto clash = WaveSeries{WaveSeries::Frequency::Monthly, QDate(2026, 12, 1), 2, 14}.waves(&error);
    EXPECT_FALSE(Command::addWaves(m_project.get(), clash, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("W2026-12 exists already"))) << error.toStdString();
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM wave")).toInt(), 24);
}

TEST_F(WavesTest, StatusMovesOneStepAndNotBackOverAssignedVisits)
{
    QString error;
    // The demo's current wave (November 2026) is in fieldwork with shoppers assigned.
    EXPECT_FALSE(Command::setWaveStatus(m_project.get(), QStringLiteral("W2026-11"), QStringLiteral("planning"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("already have a shopper"))) << error.toStdString();
    EXPECT_FALSE(Command::setWaveStatus(m_project.get(), QStringLiteral("W2026-11"), QStringLiteral("reported"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("one step at a time"))) << error.toStdString();
    ASSERT_TRUE(Command::setWaveStatus(m_project.get(), QStringLiteral("W2026-11"), QStringLiteral("closed"), &error));
    EXPECT_EQ(statusOf(QStringLiteral("W2026-11")), QStringLiteral("closed"));
    ASSERT_TRUE(m_project->undoStack()->undo(&error));
    EXPECT_EQ(statusOf(QStringLiteral("W2026-11")), QStringLiteral("fieldwork"));
    EXPECT_FALSE(Command::setWaveStatus(m_project.get(), QStringLiteral("W1999-01"), QStringLiteral("closed"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no wave W1999-01")));
}

TEST_F(WavesTest, AClosedWaveTakesNoNewVisits)
{
    QSqlQuery query(m_project->database());
    const bool inserted = query.exec(QStringLiteral(
        "INSERT INTO visit (wave_id, location_id, scenario_id, slot) SELECT w.id, v.location_id, v.scenario_id, 99 "
        "FROM wave w JOIN visit v ON v.wave_id = w.id WHERE w.status = 'closed' LIMIT 1"));
    EXPECT_FALSE(inserted);
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("closed"))) << query.lastError().text().toStdString();
    // The planned wave still takes visits.
    EXPECT_TRUE(query.exec(QStringLiteral(
        "INSERT INTO visit (wave_id, location_id, scenario_id, slot) SELECT w.id, v.location_id, v.scenario_id, 99 "
        "FROM wave w JOIN visit v ON v.wave_id = w.id WHERE w.status = 'planning' LIMIT 1")))
        << query.lastError().text().toStdString();
}
