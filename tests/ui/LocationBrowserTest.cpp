#include "areas/AreaPage.h"
#include "areas/FilterBar.h"
#include "areas/TablePanel.h"
#include "commands/LocationCommands.h"
#include "commands/UndoStack.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "models/LocationTreeModel.h"
#include "planning/LocationDialog.h"
#include "planning/LocationTreeView.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

// The Locations table with its filter bar and the geography tree beside it, in the real window.
class LocationBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window.resize(1300, 800);
        m_window.show();
        ASSERT_TRUE(m_window.openFile(m_file));
        m_window.navigator()->setCurrentRow(2); // Locations & scenarios
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(page, nullptr);
        m_locations = page->panels().first();
        ASSERT_EQ(m_locations->model()->table(), AreaTables::Locations);
        m_tree = m_locations->findChild<LocationTreeView*>();
        ASSERT_NE(m_tree, nullptr);
        ASSERT_NE(m_locations->filterBar(), nullptr);
    }
    qint64 count(const QString& sql) const { return scalar(m_file, sql).toLongLong(); }
    // Chooses an entry of a filter the way a user does (the popup's choice arrives as activated).
    void choose(const QString& filter, const QString& text)
    {
        QComboBox* combo = m_locations->filterBar()->combo(filter);
        ASSERT_NE(combo, nullptr) << filter.toStdString();
        const int index = combo->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    }
    void click(const QModelIndex& index)
    {
        m_tree->scrollTo(index);
        QTest::mouseClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(index).center());
    }
    QModelIndex treeNode(const QModelIndex& parent, const QString& name) const
    {
        const LocationTreeModel* model = m_tree->treeModel();
        for (int row = 0; row < model->rowCount(parent); ++row)
            if (model->index(row, 0, parent).data().toString() == name)
                return model->index(row, 0, parent);
        return {};
    }
    // The values of one column of every matching row.
    QSet<QString> column(int c) const
    {
        AreaTableModel* model = m_locations->model();
        QSet<QString> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.insert(model->index(row, c).data().toString());
        return values;
    }
    QString countText() const { return m_locations->countLabel()->text(); }
    // The figures of the count under the table ("12 of 101 rows match", "101 rows"). The words'
    // English plurals come with the translations, which widget tests do not load.
    void expectMatching(qint64 matching, qint64 all) const
    {
        EXPECT_TRUE(countText().startsWith(QStringLiteral("%1 of %2 row").arg(matching).arg(all))) << countText().toStdString();
        EXPECT_TRUE(countText().endsWith(QStringLiteral(" match"))) << countText().toStdString();
    }
    void expectAll(qint64 all) const
    {
        EXPECT_TRUE(countText().startsWith(QStringLiteral("%1 row").arg(all))) << countText().toStdString();
        EXPECT_FALSE(countText().contains(QStringLiteral(" of "))) << countText().toStdString();
    }

    TestFolder m_folder;
    QString m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
    MainWindow m_window;
    TablePanel* m_locations = nullptr;
    LocationTreeView* m_tree = nullptr;
};

TEST_F(LocationBrowserTest, FiltersNarrowTheTableAndTheCountSaysOfHowMany)
{
    const qint64 all = count(QStringLiteral("SELECT count(*) FROM location"));
    expectAll(all);
    choose(QStringLiteral("channel"), QStringLiteral("Call"));
    const qint64 calls = count(QStringLiteral("SELECT count(*) FROM location WHERE channel = 'call'"));
    expectMatching(calls, all);
    EXPECT_EQ(column(2), QSet<QString>{QStringLiteral("Call")});
    EXPECT_TRUE(m_locations->filterBar()->clearButton()->isVisible());

    // Competitors' contact centres: there are none, and the empty state says why.
    choose(QStringLiteral("competitor"), QStringLiteral("Competitors"));
    EXPECT_EQ(m_locations->model()->rowCount(), 0);
    auto* empty = m_locations->findChild<QLabel*>(QStringLiteral("emptyState"));
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No locations match the filters."));

    choose(QStringLiteral("channel"), QStringLiteral("All channels"));
    const qint64 competitors = count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 1"));
    expectMatching(competitors, all);
    EXPECT_EQ(column(7), QSet<QString>{QStringLiteral("✓")});

    // With the search too: competitors in Rīga.
    m_locations->searchField()->insert(QStringLiteral("Rīga"));
    QTRY_VERIFY_WITH_TIMEOUT(m_locations->model()->searchText() == QStringLiteral("Rīga"), 3000);
    const qint64 rigaCompetitors = count(QStringLiteral("SELECT count(*) FROM location WHERE is_competitor = 1 AND city = 'Rīga'"));
    EXPECT_GT(rigaCompetitors, 0);
    expectMatching(rigaCompetitors, all);

    QTest::mouseClick(m_locations->filterBar()->clearButton(), Qt::LeftButton);
    EXPECT_FALSE(m_locations->model()->hasFilters());
    EXPECT_EQ(m_locations->filterBar()->combo(QStringLiteral("competitor"))->currentIndex(), 0);
    EXPECT_FALSE(m_locations->filterBar()->clearButton()->isVisible());
    m_locations->searchField()->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_locations->model()->searchText().isEmpty(), 3000);
    expectAll(all);

    // Inactive: after a branch is deactivated through the form.
    const QString code = scalar(m_file, QStringLiteral("SELECT min(code) FROM location WHERE channel = 'visit'")).toString();
    QString problems;
    ASSERT_TRUE(Command::saveLocation(m_window.project(), {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Closed branch")},
                                                            {QStringLiteral("active"), QStringLiteral("no")}},
                                      &problems))
        << problems.toStdString();
    choose(QStringLiteral("active"), QStringLiteral("Inactive"));
    EXPECT_EQ(column(0), QSet<QString>{code});
}

TEST_F(LocationBrowserTest, ChoosingAPlaceInTheTreeShowsItsLocations)
{
    const qint64 all = count(QStringLiteral("SELECT count(*) FROM location"));
    const QModelIndex latvia = treeNode(QModelIndex(), QStringLiteral("Latvia"));
    ASSERT_TRUE(latvia.isValid());
    EXPECT_TRUE(m_tree->isExpanded(latvia)) << "countries open, so their regions show";
    const QModelIndex riga = treeNode(latvia, QStringLiteral("Rīga"));
    ASSERT_TRUE(riga.isValid());
    const qint64 inRiga = riga.siblingAtColumn(LocationTreeModel::CountColumn).data().toLongLong();
    EXPECT_EQ(inRiga, count(QStringLiteral("SELECT count(*) FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
                                           "WHERE g.id = %1 OR g.parent_id = %1")
                                .arg(riga.data(LocationTreeModel::IdRole).toLongLong())));
    click(riga);
    expectMatching(inRiga, all);
    EXPECT_EQ(column(4), QSet<QString>{QStringLiteral("Rīga")});

    // A region chosen in the filter bar takes over: the tree lets go.
    const QString other = scalar(m_file, QStringLiteral(
        "SELECT c.name || ' › ' || r.name FROM geo_unit r JOIN geo_unit c ON c.id = r.parent_id WHERE r.level = 'region' "
        "AND r.name <> 'Rīga' AND EXISTS (SELECT 1 FROM location l JOIN geo_unit g ON g.id = l.geo_unit_id "
        "WHERE g.id = r.id OR g.parent_id = r.id) ORDER BY 1 LIMIT 1")).toString();
    choose(QStringLiteral("region"), other);
    EXPECT_FALSE(m_tree->selectionModel()->hasSelection());
    EXPECT_FALSE(m_locations->model()->filter(QStringLiteral("place")).isValid());
    EXPECT_EQ(column(4), QSet<QString>{other.section(QStringLiteral(" › "), 1)});
    // And the tree takes over again from the filter bar.
    click(riga);
    EXPECT_EQ(m_locations->filterBar()->combo(QStringLiteral("region"))->currentIndex(), 0);
    EXPECT_EQ(column(4), QSet<QString>{QStringLiteral("Rīga")});

    // One location: open its area, click it; the table shows just that one.
    m_tree->expand(riga);
    const QModelIndex area = m_tree->treeModel()->index(0, 0, riga);
    m_tree->expand(area);
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->treeModel()->rowCount(area) > 0, 3000);
    const QModelIndex branch = m_tree->treeModel()->index(0, 0, area);
    const QString code = branch.data(LocationTreeModel::CodeRole).toString();
    click(branch);
    EXPECT_EQ(column(0), QSet<QString>{code});
    expectMatching(1, all);
    // A double-click on it opens its form, as on the table.
    QString opened;
    QTimer::singleShot(200, [&opened] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<LocationDialog*>(widget); dialog && dialog->isVisible()) {
                opened = dialog->field(QStringLiteral("code"))->text();
                dialog->reject();
            }
    });
    QTest::mouseDClick(m_tree->viewport(), Qt::LeftButton, {}, m_tree->visualRect(branch).center());
    EXPECT_EQ(opened, code);

    // An edit elsewhere: the tree is read again, keeps its place, and counts the new location.
    m_tree->setCurrentIndex(riga);
    QString problems;
    ASSERT_TRUE(Command::saveLocation(m_window.project(), {{QStringLiteral("code"), QStringLiteral("LV-NEW")},
                                                            {QStringLiteral("name"), QStringLiteral("Filiāle Ķengarags")},
                                                            {QStringLiteral("country"), QStringLiteral("Latvia")},
                                                            {QStringLiteral("region"), QStringLiteral("Rīga")}},
                                      &problems))
        << problems.toStdString();
    const QModelIndex again = m_tree->currentIndex();
    ASSERT_TRUE(again.isValid());
    EXPECT_EQ(again.data().toString(), QStringLiteral("Rīga"));
    EXPECT_EQ(again.siblingAtColumn(LocationTreeModel::CountColumn).data().toLongLong(), inRiga + 1);
    expectMatching(inRiga + 1, all + 1);
    // Undo removes it again; the tree and the table follow.
    m_window.undoAction()->trigger();
    EXPECT_EQ(m_tree->currentIndex().siblingAtColumn(LocationTreeModel::CountColumn).data().toLongLong(), inRiga);
    expectMatching(inRiga, all);

    // Nothing chosen: everything again.
    m_tree->clearSelection();
    expectAll(all);
}

TEST(LocationDialogHours, EditsHoursAndAttributesInOneUndoStep)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::open(folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project);
    const QString file = project->filePath();
    const QString code = scalar(file, QStringLiteral("SELECT min(code) FROM location WHERE channel = 'visit' AND is_competitor = 0")).toString();
    const QString hoursSql = QStringLiteral("SELECT group_concat(weekday || ' ' || opens || '-' || closes, ', ') FROM "
                                            "(SELECT * FROM location_hours WHERE location_id = (SELECT id FROM location WHERE code = '%1') "
                                            "ORDER BY weekday, opens)")
                                 .arg(code);
    const QString before = scalar(file, hoursSql).toString();
    LocationDialog dialog(project.get(), code);
    dialog.show();
    // The form shows what the file holds.
    const QString monday = scalar(file, QStringLiteral("SELECT opens || '–' || closes FROM location_hours WHERE weekday = 1 AND "
                                                       "location_id = (SELECT id FROM location WHERE code = '%1')").arg(code)).toString();
    EXPECT_EQ(dialog.hoursEdit(1)->text(), monday);
    EXPECT_EQ(dialog.hoursEdit(7)->text(), QString());
    EXPECT_EQ(dialog.hoursEdit(7)->placeholderText(), QStringLiteral("Closed"));
    EXPECT_EQ(dialog.staffSpin()->value(), scalar(file, QStringLiteral("SELECT staff_count FROM location WHERE code = '%1'").arg(code)).toInt());
    EXPECT_EQ(dialog.field(QStringLiteral("manager_email"))->text(), code.toLower() + QStringLiteral("@nordbank.example"));
    EXPECT_FALSE(dialog.field(QStringLiteral("size"))->text().isEmpty());

    // Split hours on Monday, copied to the other weekdays.
    dialog.hoursEdit(1)->clear();
    QTest::keyClicks(dialog.hoursEdit(1), QStringLiteral("8:30-12, 13-17"));
    QTest::mouseClick(dialog.copyMondayButton(), Qt::LeftButton);
    for (int weekday = 2; weekday <= 5; ++weekday)
        EXPECT_EQ(dialog.hoursEdit(weekday)->text(), QStringLiteral("8:30-12, 13-17"));
    EXPECT_EQ(dialog.hoursEdit(6)->text(), scalar(file, QStringLiteral("SELECT opens || '–' || closes FROM location_hours WHERE weekday = 6 "
                                                                       "AND location_id = (SELECT id FROM location WHERE code = '%1')").arg(code)).toString())
        << "Saturday is not a weekday to copy to";
    // A mistake on Tuesday is named by its day and nothing is written.
    dialog.hoursEdit(2)->setText(QStringLiteral("19:00-18:00"));
    EXPECT_FALSE(dialog.save());
    EXPECT_EQ(dialog.problemLabel()->text(), QStringLiteral("Tuesday: 18:00 is not after 19:00"));
    EXPECT_EQ(scalar(file, hoursSql).toString(), before);
    EXPECT_FALSE(project->undoStack()->canUndo());

    dialog.hoursEdit(2)->setText(QStringLiteral("8:30-12, 13-17"));
    dialog.hoursEdit(6)->clear(); // closed on Saturdays from now on
    QTest::mouseClick(dialog.addAttributeButton(), Qt::LeftButton);
    dialog.attributeTable()->item(0, 0)->setText(QStringLiteral("floor"));
    dialog.attributeTable()->item(0, 1)->setText(QStringLiteral("2"));
    ASSERT_TRUE(dialog.save()) << dialog.problemLabel()->text().toStdString();
    EXPECT_EQ(scalar(file, hoursSql).toString(),
              QStringLiteral("1 08:30-12:00, 1 13:00-17:00, 2 08:30-12:00, 2 13:00-17:00, 3 08:30-12:00, 3 13:00-17:00, "
                             "4 08:30-12:00, 4 13:00-17:00, 5 08:30-12:00, 5 13:00-17:00"));
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT value FROM location_attribute WHERE name = 'floor'")).toString(), QStringLiteral("2"));
    EXPECT_EQ(project->undoStack()->count(), 1);
    EXPECT_EQ(project->undoStack()->undoText(), QStringLiteral("Edit location %1").arg(code));

    // Opened again and saved as it is: no second undo step.
    LocationDialog again(project.get(), code);
    EXPECT_EQ(again.hoursEdit(3)->text(), QStringLiteral("08:30–12:00, 13:00–17:00"));
    EXPECT_EQ(again.attributeTable()->rowCount(), 1);
    ASSERT_TRUE(again.save());
    EXPECT_EQ(project->undoStack()->count(), 1);

    QString message;
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(scalar(file, hoursSql).toString(), before);
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM location_attribute")).toInt(), 0);
}
