#include "models/LocationTreeModel.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

namespace {
// Fetches every location under a node and counts them: what the node's count must say.
qint64 locationsUnder(LocationTreeModel& model, const QModelIndex& parent)
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    qint64 found = 0;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        if (child.data(LocationTreeModel::KindRole).toInt() == LocationTreeModel::Location) {
            ++found;
            EXPECT_FALSE(model.hasChildren(child));
        } else {
            const qint64 under = locationsUnder(model, child);
            EXPECT_EQ(model.index(row, LocationTreeModel::CountColumn, parent).data().toLongLong(), under)
                << child.data().toString().toStdString();
            found += under;
        }
    }
    return found;
}

QModelIndex childNamed(const LocationTreeModel& model, const QModelIndex& parent, const QString& name)
{
    for (int row = 0; row < model.rowCount(parent); ++row)
        if (model.index(row, 0, parent).data().toString() == name)
            return model.index(row, 0, parent);
    return {};
}
} // namespace

TEST(LocationTreeModel, CountsEveryLocationOnceUnderItsPlace)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("demo.shopscope"));
    ProjectError error;
    auto project = Project::open(file, Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO location (code, name, channel) VALUES ('ZZ-1', 'Pop-up Łódź', 'visit')")));

    LocationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(project->database());
    const qint64 all = scalar(file, QStringLiteral("SELECT count(*) FROM location")).toLongLong();
    EXPECT_EQ(model.totalCount(), all);
    // Countries in alphabetical order, then the locations without geography.
    QStringList top;
    for (int row = 0; row < model.rowCount(); ++row)
        top << model.index(row, 0).data().toString();
    EXPECT_EQ(top.size(), scalar(file, QStringLiteral("SELECT count(*) FROM geo_unit WHERE level = 'country'")).toInt() + 1);
    EXPECT_EQ(top.last(), QStringLiteral("(no region)"));
    EXPECT_TRUE(top.contains(QStringLiteral("Latvia")));
    EXPECT_TRUE(std::is_sorted(top.cbegin(), top.cend() - 1));
    EXPECT_EQ(locationsUnder(model, QModelIndex()), all);

    // Latvia > Rīga (region) > its areas, and Latvia's web form hangs off the country itself.
    const QModelIndex latvia = childNamed(model, QModelIndex(), QStringLiteral("Latvia"));
    ASSERT_TRUE(latvia.isValid());
    EXPECT_EQ(latvia.data(LocationTreeModel::KindRole).toInt(), LocationTreeModel::Country);
    const QModelIndex riga = childNamed(model, latvia, QStringLiteral("Rīga"));
    ASSERT_TRUE(riga.isValid());
    EXPECT_EQ(riga.data(LocationTreeModel::KindRole).toInt(), LocationTreeModel::Region);
    EXPECT_EQ(model.geoIndex(riga.data(LocationTreeModel::IdRole).toLongLong()), riga);
    bool webForm = false;
    for (int row = 0; row < model.rowCount(latvia); ++row) {
        const QModelIndex child = model.index(row, 0, latvia);
        if (child.data(LocationTreeModel::KindRole).toInt() == LocationTreeModel::Location)
            webForm = webForm || scalar(file, QStringLiteral("SELECT channel FROM location WHERE code = '%1'")
                                                  .arg(child.data(LocationTreeModel::CodeRole).toString()))
                                         .toString()
                                     == QStringLiteral("web");
    }
    EXPECT_TRUE(webForm);
    const QModelIndex none = model.index(model.rowCount() - 1, 0);
    ASSERT_EQ(model.rowCount(none), 1);
    EXPECT_EQ(model.index(0, 0, none).data().toString(), QStringLiteral("Pop-up Łódź (ZZ-1)"));
}

TEST(LocationTreeModel, LocationsOfANodeArriveInBatches)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("big.shopscope")), &error);
    ASSERT_TRUE(project);
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO geo_unit (id, parent_id, level, name) VALUES (1, NULL, 'country', 'Poland'), "
                                          "(2, 1, 'region', 'Łódzkie'), (3, 2, 'area', 'Bałuty')")));
    ASSERT_TRUE(query.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
        "INSERT INTO location (code, name, channel, geo_unit_id) SELECT printf('PL-%05d', i), 'Sklep ' || i, 'visit', 3 FROM n")));
    LocationTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(project->database());
    const QModelIndex area = model.geoIndex(3);
    ASSERT_TRUE(area.isValid());
    EXPECT_EQ(model.index(area.row(), LocationTreeModel::CountColumn, area.parent()).data().toLongLong(), 1200);
    EXPECT_EQ(model.rowCount(area), 0) << "nothing is read before the node opens";
    EXPECT_TRUE(model.hasChildren(area));
    ASSERT_TRUE(model.canFetchMore(area));
    model.fetchMore(area);
    EXPECT_EQ(model.rowCount(area), LocationTreeModel::kBatch);
    while (model.canFetchMore(area))
        model.fetchMore(area);
    ASSERT_EQ(model.rowCount(area), 1200);
    EXPECT_EQ(model.index(0, 0, area).data(LocationTreeModel::CodeRole).toString(), QStringLiteral("PL-00001"));
    EXPECT_EQ(model.index(1199, 0, area).data(LocationTreeModel::CodeRole).toString(), QStringLiteral("PL-01200"));
    // An edit elsewhere and a refresh: counts follow, and the node starts unread again.
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM location WHERE code > 'PL-01000'")));
    model.refresh();
    EXPECT_EQ(model.index(0, LocationTreeModel::CountColumn).data().toLongLong(), 1000);
    EXPECT_EQ(model.rowCount(model.geoIndex(3)), 0);
}
