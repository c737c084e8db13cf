#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace {
QSet<QString> distinct(const QStringList& values)
{
    return QSet<QString>(values.cbegin(), values.cend());
}
} // namespace

// The Locations table's filters (region, channel, competitor, active, and the tree's place and
// location), each checked against a count the test makes with its own SQL.
class LocationFiltersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
        m_project = Project::open(m_file, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        m_model.setDatabase(m_project->database());
    }
    qint64 count(const QString& sql) const { return scalar(m_file, sql).toLongLong(); }
    // The values in one column of every matching row.
    QStringList column(int c)
    {
        QStringList values;
        for (int row = 0; row < m_model.rowCount(); ++row)
            values << m_model.index(row, c).data().toString();
        return values;
    }
    qint64 regionId(const QString& name) const
    {
        return count(QStringLiteral("SELECT id FROM geo_unit WHERE level = 'region' AND name = '%1'").arg(name));
    }

    TestFolder m_folder;
    QString m_file;
    std::unique_ptr<Project> m_project;
    AreaTableModel m_model{AreaTables::Locations};
};

TEST_F(LocationFiltersTest, EachFilterNarrowsTheTableAndTheTotalStays)
{
    const qint64 all = count(QStringLiteral("SELECT count(*) FROM location"));
    EXPECT_EQ(m_model.totalRowCount(), all);

    m_model.setFilter(QStringLiteral("channel"), QStringLiteral("call"));
    EXPECT_EQ(m_model.matchingRowCount(), count(QStringLiteral("SELECT count(*) FROM location WHERE channel = 'call'")));
    EXPECT_GT(m_model.matchingRowCount(), 0);
    EXPECT_EQ(distinct(column(2)), QSet<QString>{QStringLiteral("Call")});
    EXPECT_EQ(m_model.totalRowCount(), all);

    m_model.setFilters({{QStringLiteral("channel"), QVariant()}, {QStringLiteral("competitor"), 1}});
    EXPECT_EQ(m_model.matchingRowCount(), count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 1")));
    EXPECT_EQ(distinct(column(7)), QSet<QString>{QStringLiteral("✓")});
    m_model.setFilter(QStringLiteral("competitor"), 0);
    EXPECT_EQ(m_model.matchingRowCount(), count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 0")));
    m_model.setFilter(QStringLiteral("competitor"), QVariant());

    // Two branches closed: the active filter finds exactly them.
    QSqlQuery query(m_project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE location SET active = 0 WHERE code IN (SELECT code FROM location "
                                          "WHERE channel = 'visit' ORDER BY code LIMIT 2)")));
    m_model.setFilter(QStringLiteral("active"), 0);
    EXPECT_EQ(m_model.matchingRowCount(), 2);
    EXPECT_EQ(column(9), (QStringList{QString(), QString()}));
    m_model.setFilter(QStringLiteral("active"), 1);
    EXPECT_EQ(m_model.matchingRowCount(), all - 2);
    EXPECT_FALSE(column(9).contains(QString()));
}

TEST_F(LocationFiltersTest, RegionTakesItsAreasAndNoRegionTakesTheRest)
{
    const qint64 riga = regionId(QStringLiteral("Rīga"));
    ASSERT_GT(riga, 0);
    m_model.setFilter(QStringLiteral("region"), riga);
    const qint64 expected = count(QStringLiteral(
        "SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id WHERE g.id = %1 OR g.parent_id = %1").arg(riga));
    EXPECT_GT(expected, 0);
    EXPECT_EQ(m_model.matchingRowCount(), expected);
    EXPECT_EQ(distinct(column(4)), QSet<QString>{QStringLiteral("Rīga")});
    // The web forms hang off their country: they have no region.
    m_model.setFilter(QStringLiteral("region"), 0);
    const qint64 countryLevel = count(QStringLiteral(
        "SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id WHERE g.level = 'country'"));
    EXPECT_GT(countryLevel, 0);
    EXPECT_EQ(m_model.matchingRowCount(), countryLevel);
    EXPECT_EQ(distinct(column(4)), QSet<QString>{QString()});

    // The choices: every region named with its country, then "(no region)".
    const auto choices = m_model.filterChoices(QStringLiteral("region"));
    EXPECT_EQ(choices.size(), count(QStringLiteral("SELECT count(*) FROM geo_unit WHERE level = 'region'")) + 1);
    EXPECT_EQ(choices.back().first, QStringLiteral("(no region)"));
    EXPECT_TRUE(std::any_of(choices.cbegin(), choices.cend(), [&](const auto& choice) {
        return choice.first == QStringLiteral("Latvia › Rīga") && choice.second.toLongLong() == riga;
    }));
    const auto channels = m_model.filterChoices(QStringLiteral("channel"));
    QStringList labels;
    for (const auto& [label, value] : channels)
        labels << label;
    EXPECT_EQ(labels, (QStringList{QStringLiteral("Call"), QStringLiteral("Visit"), QStringLiteral("Web")}));
}

TEST_F(LocationFiltersTest, PlaceTakesEverythingUnderATreeNode)
{
    const qint64 latvia = count(QStringLiteral("SELECT id FROM geo_unit WHERE level = 'country' AND name = 'Latvia'"));
    m_model.setFilter(QStringLiteral("place"), latvia);
    const qint64 expected = count(QStringLiteral(
        "SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id LEFT JOIN geo_unit p ON p.id = g.parent_id "
        "LEFT JOIN geo_unit pp ON pp.id = p.parent_id WHERE %1 IN (g.id, p.id, pp.id)").arg(latvia));
    EXPECT_GT(expected, 0);
    EXPECT_EQ(m_model.matchingRowCount(), expected);
    EXPECT_EQ(distinct(column(5)), QSet<QString>{QStringLiteral("Latvia")});

    // A location without geography is found by place 0 and nothing else.
    QSqlQuery query(m_project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO location (code, name, channel) VALUES ('ZZ-1', 'Pop-up Łódź', 'visit')")));
    const qint64 popUp = query.lastInsertId().toLongLong();
    m_model.setFilter(QStringLiteral("place"), 0);
    EXPECT_EQ(column(0), QStringList{QStringLiteral("ZZ-1")});
    m_model.setFilters({{QStringLiteral("place"), QVariant()}, {QStringLiteral("location"), popUp}});
    EXPECT_EQ(column(1), QStringList{QStringLiteral("Pop-up Łódź")});
}

TEST_F(LocationFiltersTest, FiltersCombineWithTheSearchAndAreBoundValues)
{
    QAbstractItemModelTester tester(&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_model.setSearchText(QStringLiteral("Rīga"));
    const qint64 searched = m_model.matchingRowCount();
    m_model.setFilters({{QStringLiteral("competitor"), 0}, {QStringLiteral("channel"), QStringLiteral("visit")}});
    const qint64 expected = count(QStringLiteral(
        "SELECT count(*) FROM location WHERE is_competitor = 0 AND channel = 'visit' "
        "AND (code LIKE '%Rīga%' OR name LIKE '%Rīga%' OR city LIKE '%Rīga%' OR brand LIKE '%Rīga%')"));
    EXPECT_GT(expected, 0);
    EXPECT_LT(expected, searched);
    EXPECT_EQ(m_model.matchingRowCount(), expected);
    EXPECT_EQ(m_model.rowCount(), expected);
    EXPECT_TRUE(m_model.hasFilters());
    // Sorting keeps the filters.
    m_model.sort(1, Qt::DescendingOrder);
    EXPECT_EQ(m_model.matchingRowCount(), expected);
    // A value is data, never SQL.
    m_model.setFilter(QStringLiteral("channel"), QStringLiteral("visit' OR '1'='1"));
    EXPECT_EQ(m_model.matchingRowCount(), 0);
    m_model.setFilters({{QStringLiteral("channel"), QVariant()}, {QStringLiteral("competitor"), QVariant()}});
    EXPECT_FALSE(m_model.hasFilters());
    EXPECT_EQ(m_model.matchingRowCount(), searched);
}
