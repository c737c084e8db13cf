#include "areas/AreaPage.h"
#include "areas/TablePanel.h"
#include "mainwindow/MainWindow.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "review/ReportDetailPanel.h"
#include "review/ReportImportDialog.h"
#include "review/ReviewActions.h"
#include "support/TestProject.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QTableView>
#include <QTreeWidget>

#include <gtest/gtest.h>

// The review queue of Results, on a copy of the demo programme.

namespace {

class ReviewQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope"));
        m_window.show();
        ASSERT_TRUE(m_window.openFile(m_file));
        m_window.navigator()->setCurrentRow(5); // Results
        auto* page = qobject_cast<AreaPage*>(m_window.currentArea());
        ASSERT_NE(page, nullptr);
        for (TablePanel* panel : page->panels())
            if (panel->model()->table() == AreaTables::Responses)
                m_reports = panel;
        ASSERT_NE(m_reports, nullptr);
        ASSERT_NE(m_window.reviewActions(), nullptr);
    }
    // Shows the reports with this status, selects the first and returns its response id.
    qint64 selectFirst(const QString& status)
    {
        m_reports->model()->setFilters({{QStringLiteral("status"), status}});
        if (m_reports->model()->rowCount() == 0)
            return -1;
        m_reports->view()->setCurrentIndex(m_reports->model()->index(0, 0));
        m_reports->view()->selectRow(0);
        return m_reports->model()->keyAt(0);
    }
    // Imports a file as the user does: reads the dry run's summary, then presses Import.
    bool importThroughDialog(const QString& path, QString* summary)
    {
        bool pressed = false;
        QTimer user;
        QObject::connect(&user, &QTimer::timeout, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<ReportImportDialog*>(widget);
                if (dialog && dialog->isVisible() && dialog->importButton()->isEnabled() && !pressed) {
                    pressed = true;
                    *summary = dialog->summaryLabel()->text();
                    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
                }
            }
        });
        user.start(20);
        return m_window.reviewActions()->importFrom(path);
    }
    QString statusOf(qint64 response) const
    {
        return scalar(m_file, QStringLiteral("SELECT v.status FROM response r JOIN visit v ON v.id = r.visit_id WHERE r.id = %1").arg(response))
            .toString();
    }

    TestFolder m_folder;
    QString m_file;
    MainWindow m_window;
    TablePanel* m_reports = nullptr;
};

} // namespace

TEST_F(ReviewQueueTest, AReportIsShownWithItsAnswersFlagsAndDecisionsAndApprovedInOneUndoStep)
{
    const qint64 response = selectFirst(QStringLiteral("submitted"));
    ASSERT_GT(response, 0);
    ReportDetailPanel* details = m_window.reviewActions()->detailPanel();
    const QString visit = scalar(m_file, QStringLiteral("SELECT visit_id FROM response WHERE id = %1").arg(response)).toString();
    EXPECT_TRUE(details->summaryLabel()->text().contains(QStringLiteral("Report of visit %1").arg(visit))) << details->summaryLabel()->text().toStdString();
    EXPECT_EQ(details->answerList()->topLevelItemCount(),
              scalar(m_file, QStringLiteral("SELECT count(*) FROM answer WHERE response_id = %1").arg(response)).toInt());
    EXPECT_TRUE(details->flagsLabel()->text().contains(QStringLiteral("href=\"check\""))) << "offered, not worked out until asked";

    ASSERT_TRUE(m_window.reviewActions()->checkCurrentWave());
    EXPECT_FALSE(details->flagsLabel()->text().contains(QStringLiteral("href"))) << details->flagsLabel()->text().toStdString();
    EXPECT_FALSE(details->flagsLabel()->text().isEmpty());

    const int decisions = details->decisionList()->topLevelItemCount();
    ASSERT_TRUE(m_window.reviewActions()->decide(ReviewReportsCommand::Decision::Approve, {}));
    EXPECT_EQ(statusOf(response), QStringLiteral("approved"));
    m_reports->model()->setFilters({{QStringLiteral("status"), QVariant()}});
    const int row = m_reports->model()->rowOfKey(response);
    ASSERT_GE(row, 0);
    m_reports->view()->setCurrentIndex(m_reports->model()->index(row, 0));
    ASSERT_EQ(details->decisionList()->topLevelItemCount(), decisions + 1);
    EXPECT_EQ(details->decisionList()->topLevelItem(decisions)->text(1), QStringLiteral("Approved"));
    EXPECT_TRUE(details->flagsLabel()->text().contains(QStringLiteral("href=\"check\""))) << "the file changed: checked again when asked";
    m_window.undoAction()->trigger();
    EXPECT_EQ(statusOf(response), QStringLiteral("submitted"));
}

TEST_F(ReviewQueueTest, SendingBackWithoutAReasonIsRefusedAndWithOneTheReportGoesBack)
{
    const qint64 response = selectFirst(QStringLiteral("approved"));
    ASSERT_GT(response, 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_window.reviewActions()->decide(ReviewReportsCommand::Decision::SendBack, QStringLiteral(" ")));
    EXPECT_EQ(MessageBox::lastText(), QStringLiteral("Nothing changed: a report is sent back with a reason for the shopper."));
    EXPECT_EQ(statusOf(response), QStringLiteral("approved"));
    ASSERT_TRUE(m_window.reviewActions()->decide(ReviewReportsCommand::Decision::SendBack, QStringLiteral("The receipt photo is unreadable")));
    EXPECT_EQ(statusOf(response), QStringLiteral("rejected"));
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT reason FROM qc_decision WHERE response_id = %1 ORDER BY id DESC LIMIT 1").arg(response))
                  .toString(),
              QStringLiteral("The receipt photo is unreadable"));
}

TEST_F(ReviewQueueTest, ReportsAreImportedAfterTheDryRunAndWaitForReview)
{
    const qint64 visit = scalar(m_file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id WHERE v.status = 'done' "
                                                       "AND s.code = 'MORTGAGE' ORDER BY v.id LIMIT 1")).toLongLong();
    ASSERT_GT(visit, 0);
    const QString path = m_folder.writeFile(QStringLiteral("platform.csv"),
                                            QStringLiteral("Visit ID;Date;Time;Duration;GRT01;GRT02;GRT02_comment\n"
                                                           "%1;2026-11-10;10:15;27;Jā;Nē;Neviens nesasveicinājās\n").arg(visit).toUtf8());
    QString summary;
    ASSERT_TRUE(importThroughDialog(path, &summary));
    EXPECT_TRUE(summary.contains(QStringLiteral("1 new report"))) << summary.toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT v.status || '|' || (SELECT count(*) FROM answer a WHERE a.response_id = r.id) "
                                            "FROM visit v JOIN response r ON r.visit_id = v.id WHERE v.id = %1").arg(visit)).toString(),
              QStringLiteral("submitted|2"));
    m_window.undoAction()->trigger();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT status FROM visit WHERE id = %1").arg(visit)).toString(), QStringLiteral("done"));
}

TEST_F(ReviewQueueTest, AKoboToolboxExportIsRecognisedAndImported)
{
    const qint64 visit = scalar(m_file, QStringLiteral("SELECT v.id FROM visit v JOIN scenario s ON s.id = v.scenario_id WHERE v.status = 'done' "
                                                       "AND s.code = 'MORTGAGE' ORDER BY v.id LIMIT 1")).toLongLong();
    ASSERT_GT(visit, 0);
    // As KoboToolbox exports a form ShopScope wrote: groups before names, metadata around.
    const QString path = m_folder.writeFile(
        QStringLiteral("kobo.csv"),
        QStringLiteral("start,ss_visit_id,ss_visit/ss_date,ss_visit/ss_time,GRT/GRT01,GRT/GRT02,ss_score,meta/instanceID,_uuid,_submission_time\n"
                       "2026-11-10T10:00:00.000+02:00,%1,2026-11-10,10:15:00.000+02:00,yes,no,50,uuid:a1,a1,2026-11-10T09:00:00\n")
            .arg(visit)
            .toUtf8());
    QString summary;
    ASSERT_TRUE(importThroughDialog(path, &summary));
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Read as a KoboToolbox / ODK Central export: 1 new report"))) << summary.toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT v.status || '|' || r.visited_at || '|' || (SELECT count(*) FROM answer a WHERE a.response_id = r.id) "
                                            "FROM visit v JOIN response r ON r.visit_id = v.id WHERE v.id = %1").arg(visit)).toString(),
              QStringLiteral("submitted|10:15|2"));
}
