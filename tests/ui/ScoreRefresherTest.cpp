#include "mainwindow/MainWindow.h"
#include "project/Project.h"
#include "results/ScoreRefresher.h"
#include "results/ScoreStore.h"
#include "support/TestProject.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

// Opening a programme whose stored scores are stale refreshes them in the background.

TEST(ScoreRefresher, StaleScoresAreRefreshedInTheBackgroundWhenTheFileOpens)
{
    TestFolder folder;
    const QString file = folder.demoCopy(QStringLiteral("stale.shopscope"));
    // Reports without scores, as a file written by another tool or an older build has them.
    tamper(file, QStringLiteral("DELETE FROM visit_score WHERE response_id IN (SELECT id FROM response ORDER BY id LIMIT 40)"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openFile(file));
    ScoreRefresher* refresher = window.scoreRefresher();
    ASSERT_NE(refresher, nullptr);
    if (refresher->isRunning()) {
        EXPECT_FALSE(refresher->indicator()->isHidden());
        EXPECT_TRUE(refresher->indicator()->text().startsWith(QStringLiteral("Refreshing results"))) << refresher->indicator()->text().toStdString();
        QSignalSpy finished(refresher, &ScoreRefresher::finished);
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_TRUE(finished.first().first().toBool());
    }
    EXPECT_TRUE(refresher->indicator()->isHidden());
    QString error;
    EXPECT_EQ(ScoreStore::staleCount(window.project()->database(), &error), 0) << error.toStdString();
    EXPECT_EQ(scalar(file, QStringLiteral("SELECT count(*) FROM response r LEFT JOIN visit_score s ON s.response_id = r.id "
                                          "WHERE s.response_id IS NULL")).toInt(),
              0);
    // Nothing stale: opening again starts nothing.
    EXPECT_FALSE(refresher->start(window.project()));
}
