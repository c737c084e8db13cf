#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "assignment/AssignmentSession.h"
#include "assignment/AutoAssignDialog.h"
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
#include <QComboBox>
#include <QLocale>
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

TEST_F(AssignmentBoardTest, AssigningByHandOffersTheShoppersTheRulesAllowCheapestFirst)
{
    const qint64 visit = selectFirst(QStringLiteral("planned"));
    ASSERT_GT(visit, 0);
    QString chosen;
    QStringList costs;
    QString refusedVerdict;
    const QString blocked = scalar(m_file, QStringLiteral("SELECT code FROM shopper WHERE status <> 'active' ORDER BY code LIMIT 1")).toString();
    // The wave is read first (behind a progress dialog): wait for the picker to show.
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* picker = qobject_cast<ShopperPickerDialog*>(widget);
            if (!picker || !picker->isVisible())
                continue;
            poll.stop();
            QTableWidget* table = picker->table();
            for (int row = 0; row < table->rowCount(); ++row)
                costs << table->item(row, 3)->text();
            // A shopper the rules keep out is not offered; typing the code says why.
            picker->search(blocked);
            refusedVerdict = picker->verdictText();
            picker->search(QString());
            chosen = table->item(0, 0)->text();
            picker->choose(chosen);
            MessageBox::setNextAnswer(QMessageBox::Yes); // should the cheapest still weigh against a soft rule
            picker->accept();
        }
    });
    poll.start();
    for (QAction* action : m_board->findChild<QToolBar*>()->actions())
        if (action->text() == QStringLiteral("Assign by hand…"))
            action->trigger();
    ASSERT_FALSE(chosen.isEmpty());
    ASSERT_GT(costs.size(), 1);
    const QLocale locale;
    for (int row = 1; row < costs.size(); ++row)
        EXPECT_LE(locale.toDouble(costs[row - 1]), locale.toDouble(costs[row])) << "row " << row;
    EXPECT_TRUE(refusedVerdict.contains(QStringLiteral("%1 may not take this visit").arg(blocked))) << refusedVerdict.toStdString();
    EXPECT_TRUE(refusedVerdict.contains(QStringLiteral("not active"))) << refusedVerdict.toStdString();
    EXPECT_EQ(state(visit), QStringLiteral("assigned|manual"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT code FROM shopper WHERE id = (SELECT shopper_id FROM visit WHERE id = %1)").arg(visit))
                  .toString(),
              chosen);
}

TEST_F(AssignmentBoardTest, AHardRuleRefusesAChoiceByHandAndASoftOneAsksFirst)
{
    const qint64 visit = selectFirst(QStringLiteral("planned"));
    ASSERT_GT(visit, 0);
    const QString before = state(visit);
    const QString blocked = scalar(m_file, QStringLiteral("SELECT code FROM shopper WHERE status <> 'active' ORDER BY code LIMIT 1")).toString();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_window.visitActions()->assignSelectedTo(blocked, {}));
    EXPECT_TRUE(MessageBox::lastText().startsWith(QStringLiteral("%1 may not take visit %2:").arg(blocked).arg(visit)))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().endsWith(QStringLiteral("Nothing changed."))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(state(visit), before);

    // The dearest shopper the rules allow: the question names the cheaper one; No changes nothing.
    std::vector<QString> ranked;
    {
        QString error;
        const auto session = AssignmentSession::forVisit(m_window.project()->database(), visit, &error);
        ASSERT_TRUE(session) << error.toStdString();
        for (const auto& candidate : session->candidates(session->visitIndex(visit), -1))
            ranked.push_back(session->problem().shoppers[size_t(candidate.shopper)].code);
    }
    ASSERT_GE(ranked.size(), 2u);
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(m_window.visitActions()->assignSelectedTo(ranked.back(), {}));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("the cheapest is %1").arg(ranked.front()))) << MessageBox::lastText().toStdString();
    EXPECT_EQ(state(visit), before);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(m_window.visitActions()->assignSelectedTo(ranked.back(), QStringLiteral("the client asked for her")));
    EXPECT_EQ(state(visit), QStringLiteral("assigned|manual"));
}

TEST_F(AssignmentBoardTest, TheExplanationPanelSaysWhyAVisitHasItsShopper)
{
    const qint64 visit = selectFirst(QStringLiteral("assigned"));
    ASSERT_GT(visit, 0);
    QLabel* explanation = m_window.visitActions()->detailPanel()->explanationLabel();
    EXPECT_TRUE(explanation->text().contains(QStringLiteral("href=\"explain\""))) << "offered, not read until asked";
    m_window.visitActions()->explainSelected();
    const QString shopper = scalar(m_file, QStringLiteral("SELECT s.code FROM visit v JOIN shopper s ON s.id = v.shopper_id WHERE v.id = %1")
                                               .arg(visit)).toString();
    EXPECT_TRUE(explanation->text().startsWith(shopper)) << explanation->text().toStdString();
    EXPECT_TRUE(explanation->text().contains(QStringLiteral(" points."))) << explanation->text().toStdString();
    // Another visit of the same wave is explained at once; an edit makes the wave be read again.
    const QVariant wave = scalar(m_file, QStringLiteral("SELECT wave_id FROM visit WHERE id = %1").arg(visit));
    m_board->model()->setFilters({{QStringLiteral("wave"), wave}, {QStringLiteral("status"), QStringLiteral("planned")}});
    ASSERT_GT(m_board->model()->rowCount(), 0);
    m_board->view()->setCurrentIndex(m_board->model()->index(0, 0));
    EXPECT_FALSE(explanation->text().contains(QStringLiteral("href"))) << explanation->text().toStdString();
    m_board->model()->setFilters({{QStringLiteral("wave"), wave}, {QStringLiteral("status"), QStringLiteral("assigned")}});
    m_board->view()->setCurrentIndex(m_board->model()->index(0, 0));
    m_board->view()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Ok); // should the lock be refused, the test fails below instead of waiting
    ASSERT_TRUE(m_window.visitActions()->apply(VisitAction::Accept, {})) << MessageBox::lastText().toStdString();
    m_board->view()->setCurrentIndex(m_board->model()->index(0, 0));
    EXPECT_TRUE(explanation->text().contains(QStringLiteral("href=\"explain\""))) << explanation->text().toStdString();
}

TEST_F(AssignmentBoardTest, AutoAssignProposesExplainsAndWritesOneUndoStep)
{
    const qint64 wave = scalar(m_file, QStringLiteral("SELECT id FROM wave WHERE code = 'W2026-12'")).toLongLong();
    const int open = scalar(m_file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status = 'planned' AND NOT locked")
                                        .arg(wave)).toInt();
    ASSERT_GT(open, 0);
    AutoAssignDialog dialog(m_window.project(), wave, &m_window);
    EXPECT_EQ(dialog.waveBox()->currentData().toLongLong(), wave);
    ASSERT_TRUE(dialog.propose()) << dialog.summaryText().toStdString();
    EXPECT_EQ(dialog.proposalView()->model()->rowCount(), open);
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("of %1 open visits get a shopper").arg(open))) << dialog.summaryText().toStdString();
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("(optimal, proven)"))) << dialog.summaryText().toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status = 'planned'").arg(wave)).toInt(), open)
        << "a proposal writes nothing";
    // The reasons table: a row per binding rule; choosing one explains its example visit.
    ASSERT_GT(dialog.reasonsTable()->rowCount(), 0);
    dialog.reasonsTable()->setCurrentCell(0, 0);
    EXPECT_TRUE(dialog.explanationText().contains(QStringLiteral("rule by rule"))) << dialog.explanationText().toStdString();
    int assignedRow = -1;
    int assigned = 0;
    for (int row = 0; row < dialog.proposalView()->model()->rowCount(); ++row) {
        if (dialog.proposalView()->model()->index(row, 7).data().toString().isEmpty())
            continue;
        ++assigned;
        if (assignedRow < 0)
            assignedRow = row;
    }
    ASSERT_GE(assignedRow, 0);
    dialog.proposalView()->selectRow(assignedRow);
    EXPECT_TRUE(dialog.explanationText().contains(QStringLiteral(" points."))) << dialog.explanationText().toStdString();

    ASSERT_TRUE(dialog.assign());
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status = 'assigned' AND assigned_by = 'auto'")
                                 .arg(wave)).toInt(),
              assigned);
    m_window.undoAction()->trigger();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT count(*) FROM visit WHERE wave_id = %1 AND status = 'planned'").arg(wave)).toInt(), open);
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
