#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

class AreaTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
    }
    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
};

TEST_F(AreaTableModelTest, EveryAreaTablePassesTheModelTester)
{
    for (int table = AreaTables::Questions; table <= AreaTables::WaveResults; ++table) {
        AreaTableModel model{static_cast<AreaTables::Table>(table)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setDatabase(m_project->database());
        EXPECT_GT(model.rowCount(), 0) << AreaTables::title(AreaTables::Table(table)).toStdString();
        EXPECT_EQ(model.columnCount(), AreaTables::spec(AreaTables::Table(table)).headers.size());
        model.sort(1, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("a"));
    }
}

TEST_F(AreaTableModelTest, SearchMatchesWithBoundValuesAndCountsAllRows)
{
    AreaTableModel model(AreaTables::Locations);
    model.setDatabase(m_project->database());
    const qint64 all = model.matchingRowCount();
    model.setSearchText(QStringLiteral("Rīga"));
    const qint64 riga = model.matchingRowCount();
    EXPECT_GT(riga, 0);
    EXPECT_LT(riga, all);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.index(row, 1).data().toString().contains(QStringLiteral("Rīga"))
                    || model.index(row, 3).data().toString().contains(QStringLiteral("Rīga")));
    // Quotes, wildcards and SQL in a search are just text.
    model.setSearchText(QStringLiteral("%' OR 1=1 --"));
    EXPECT_EQ(model.matchingRowCount(), 0);
    model.setSearchText(QStringLiteral("_"));
    EXPECT_EQ(model.matchingRowCount(), 0);
}

TEST_F(AreaTableModelTest, EveryRowIsCountedAndReadWhenShown)
{
    AreaTableModel model(AreaTables::Visits);
    model.setDatabase(m_project->database());
    EXPECT_EQ(model.matchingRowCount(), 1500);
    EXPECT_EQ(model.rowCount(), 1500);
    // The last row, far beyond the first page, and the first again (its page was kept or re-read).
    const qint64 lastVisit = model.index(1499, 0).data().toLongLong();
    EXPECT_EQ(lastVisit, scalar(m_project->filePath(), QStringLiteral("SELECT max(id) FROM visit")).toLongLong());
    EXPECT_EQ(model.index(0, 0).data().toLongLong(),
              scalar(m_project->filePath(), QStringLiteral("SELECT min(id) FROM visit")).toLongLong());
    model.sort(0, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, 0).data().toLongLong(), lastVisit);
}

TEST_F(AreaTableModelTest, AShownTableLetsAnotherConnectionWrite)
{
    // A background edit writes through a connection of its own; SQLite's rollback journal lets it
    // commit only when no statement of the window's connection is half-read.
    ProjectError error;
    auto project = Project::open(m_folder.demoCopy(QStringLiteral("writable.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    AreaTableModel model(AreaTables::Visits);
    model.setDatabase(project->database());
    ASSERT_TRUE(model.index(700, 2).data().isValid());
    ProjectConnection worker;
    ASSERT_TRUE(worker.open(project->filePath(), false, &error)) << error.message.toStdString();
    QSqlQuery write(worker.database());
    ASSERT_TRUE(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
    ASSERT_TRUE(write.exec(QStringLiteral("UPDATE location SET name = name || ' (renamed)'")));
    EXPECT_TRUE(write.exec(QStringLiteral("COMMIT"))) << write.lastError().text().toStdString();
    model.refresh();
    EXPECT_TRUE(model.index(700, 3).data().toString().endsWith(QStringLiteral(" (renamed)")));
}

TEST_F(AreaTableModelTest, QuestionsComeInTheFormsOrderWithReadableTypes)
{
    AreaTableModel model(AreaTables::Questions);
    model.setDatabase(m_project->database());
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("GRT01"));
    EXPECT_EQ(model.index(0, 5).data().toString(), QStringLiteral("Yes / No"));
    EXPECT_EQ(model.index(model.rowCount() - 1, 1).data().toString(), QStringLiteral("OVR"));
    // Sorting by a column, then back to the natural order.
    model.sort(3, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("PRM10"));
    model.sort(-1, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, 3).data().toString(), QStringLiteral("GRT01"));
}
