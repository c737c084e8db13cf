#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "assignment/ShopperPickerDialog.h"
#include "assignment/VisitActions.h"
#include "assignment/VisitDetailPanel.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

#include <gtest/gtest.h>

// The assignment board of Shoppers & assignment, on a copy of the demo programme.

namespace {

class AssignmentBoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
        m_window.show();
        ASSERT_TRUE(m_window.openFile(m_file));
        m_window.navigator()->setCurrentRow(4); // Shoppers & assignment
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(page, nullptr);
        for (TablePanel* panel : page->panels())
            if (panel->model()->table() == AreaTables::Assignments)
                m_board = panel;
        ASSERT_NE(m_board, nullptr);
        ASSERT_NE(m_window.visitActions(), nullptr);
    }
    // Shows only visits with this status and selects the first.
    qint64 selectFirst(const QString& status)
    {
        m_board->model()->setFilters({{QStringLiteral("status"), status}});
        if (m_board->model()->rowCount() == 0)
            return -1;
        m_board->view()->setCurrentIndex(m_board->model()->index(0, 0));
        m_board->view()->selectRow(0);
        return m_board->model()->keyAt(0);
    }
    QString state(qint64 visit) const
    {
        return scalar(m_file, QStringLiteral("SELECT status || '|' || ifnull(assigned_by, '-') FROM visit WHERE id = %1").arg(visit)).toString();
    }

    TestFolder m_folder;
    QString m_file;
    MainWindow m_window;
    TablePanel* m_board = nullptr;
};

} // namespace

TEST_F(AssignmentBoardTest, AcceptingAVisitShowsInItsHistoryAndUndoes)
{
    const qint64 visit = selectFirst(QStringLiteral("assigned"));
    ASSERT_GT(visit, 0);
    const QString by = state(visit).section(QLatin1Char('|'), 1);
    VisitDetailPanel* details = m_window.visitActions()->detailPanel();
    EXPECT_TRUE(details->summaryLabel()->text().contains(QStringLiteral("Visit %1").arg(visit)));
    const int before = details->historyList()->topLevelItemCount();
    ASSERT_TRUE(m_window.visitActions()->apply(VisitAction::Accept, QStringLiteral("phoned on Monday")));
    EXPECT_EQ(state(visit), QStringLiteral("accepted|") + by);
    // The board was read again, the visit stays selected and its history has the new event.
    m_board->model()->setFilters({{QStringLiteral("status"), QVariant()}});
    const int row = m_board->model()->rowOfKey(visit);
    ASSERT_GE(row, 0);
    m_board->view()->setCurrentIndex(m_board->model()->index(row, 0));
    ASSERT_EQ(details->historyList()->topLevelItemCount(), before + 1);
    const QTreeWidgetItem* last = details->historyList()->topLevelItem(before);
    EXPECT_EQ(last->text(1), QStringLiteral("Accepted"));
    EXPECT_EQ(last->text(3), QStringLiteral("phoned on Monday"));
    EXPECT_EQ(m_board->model()->index(row, 9).data().toString(), QStringLiteral("Accepted"));
    m_window.undoAction()->trigger();
    EXPECT_EQ(state(visit), QStringLiteral("assigned|") + by);
}

TEST_F(AssignmentBoardTest, ARefusedActionSaysWhyAndChangesNothing)
{
    const qint64 visit = selectFirst(QStringLiteral("done"));
    ASSERT_GT(visit, 0);
    const QString before = state(visit);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_window.visitActions()->apply(VisitAction::Accept, {}));
    EXPECT_EQ(MessageBox::lastText(), QStringLiteral("Nothing changed: visit %1 is done: only an assigned visit can be accepted.").arg(visit));
    EXPECT_EQ(state(visit), before);
}

TEST_F(AssignmentBoardTest, AssigningByHandOffersTheNearestShoppersFirst)
{
    const qint64 visit = selectFirst(QStringLiteral("planned"));
    ASSERT_GT(visit, 0);
    QString chosen;
    bool nearestFirst = false;
    QTimer::singleShot(0, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* picker = qobject_cast<ShopperPickerDialog*>(widget);
            if (!picker)
                continue;
            QTableWidget* table = picker->table();
            nearestFirst = table->rowCount() > 1
                           && table->item(0, 2)->data(Qt::DisplayRole).toString() != QStringLiteral("unknown");
            chosen = table->item(0, 0)->text();
            picker->choose(chosen);
            picker->accept();
        }
    });
    for (QAction* action : m_board->findChild<QToolBar*>()->actions())
        if (action->text() == QStringLiteral("Assign by hand…"))
            action->trigger();
    ASSERT_FALSE(chosen.isEmpty());
    EXPECT_TRUE(nearestFirst);
    EXPECT_EQ(state(visit), QStringLiteral("assigned|manual"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT code FROM shopper WHERE id = (SELECT shopper_id FROM visit WHERE id = %1)").arg(visit))
                  .toString(),
              chosen);
}

TEST_F(AssignmentBoardTest, FieldworkListsArePrintedOnePdfPerShopper)
{
    const qint64 wave = scalar(m_file, QStringLiteral("SELECT wave_id FROM visit WHERE status IN ('assigned', 'accepted') "
                                                      "GROUP BY wave_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
    const QString out = m_folder.path(QStringLiteral("lists"));
    ASSERT_TRUE(QDir().mkpath(out));
    ASSERT_TRUE(m_window.visitActions()->exportLists(wave, out));
    const QStringList pdfs = QDir(out).entryList({QStringLiteral("*.pdf")});
    EXPECT_EQ(pdfs.size(), scalar(m_file, QStringLiteral("SELECT count(DISTINCT shopper_id) FROM visit WHERE wave_id = %1 AND status IN "
                                                         "('assigned', 'accepted')").arg(wave)).toInt());
    ASSERT_FALSE(pdfs.isEmpty());
    QFile pdf(QDir(out).filePath(pdfs.first()));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5) == "%PDF-");
    EXPECT_GT(pdf.size(), 1000);
}
