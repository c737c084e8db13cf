#include "widgets/BackgroundJob.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <gtest/gtest.h>

TEST(BackgroundJob, RunsOffTheGuiThreadAndReportsTheResult)
{
    QWidget window;
    const Qt::HANDLE guiThread = QThread::currentThreadId();
    std::atomic<bool> ranElsewhere{false};
    auto* job = BackgroundJob::start(&window, QStringLiteral("Working…"), true,
                                     [&](const std::atomic<bool>&, const BackgroundJob::Progress& progress) {
                                         ranElsewhere = QThread::currentThreadId() != guiThread;
                                         progress(50);
                                         return ProjectError::make(ProjectError::Code::DiskFull, QStringLiteral("full"));
                                     });
    QSignalSpy finished(job, &BackgroundJob::finished);
    ProjectError seen;
    QObject::connect(job, &BackgroundJob::finished, [&] { seen = job->error(); });
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_TRUE(ranElsewhere);
    EXPECT_EQ(seen.code, ProjectError::Code::DiskFull);
}

TEST(BackgroundJob, CancelInTheDialogReachesTheJob)
{
    QWidget window;
    window.show();
    auto* job = BackgroundJob::start(&window, QStringLiteral("Working…"), false,
                                     [](const std::atomic<bool>& cancelled, const BackgroundJob::Progress&) {
                                         // Long work that checks for a cancel, as the real jobs do.
                                         for (int i = 0; i < 1000 && !cancelled; ++i)
                                             QThread::msleep(10);
                                         return ProjectError();
                                     });
    bool cancelled = false;
    QObject::connect(job, &BackgroundJob::finished, [&] { cancelled = job->wasCancelled(); });
    QSignalSpy finished(job, &BackgroundJob::finished);
    QProgressDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = window.findChild<QProgressDialog*>()) != nullptr, 2000);
    // The dialog appears once the work takes longer than a moment; then the user presses Cancel.
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 3000);
    auto* cancel = dialog->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(finished.wait(5000)) << "the job stopped when cancelled (it would run ten seconds otherwise)";
    EXPECT_TRUE(cancelled);
}
