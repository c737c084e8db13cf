#include "project/Project.h"
#include "support/TestProject.h"

#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <gtest/gtest.h>

// A writer killed at an arbitrary instant (SIGKILL, mid-transaction or mid-commit) leaves a file
// that passes SQLite's integrity check and holds exactly the rounds that were committed, each
// complete: the client name says round N and there are 500 * N areas.
TEST(CrashSafety, KilledWriterLeavesOldOrNewDataNeverBetween)
{
    TestFolder folder;
    ProjectError error;
    const QString path = folder.path(QStringLiteral("crash.shopscope"));
    ASSERT_TRUE(Project::create(path, &error));

    const int delays[] = {40, 95, 150, 230, 310, 420};
    for (int delay : delays) {
        QProcess writer;
        writer.start(QStringLiteral(PROJECT_EDITOR), {QStringLiteral("edit-loop"), path});
        ASSERT_TRUE(writer.waitForStarted(10000));
        ASSERT_TRUE(writer.waitForReadyRead(20000)) << "the writer committed nothing";
        QThread::msleep(static_cast<unsigned long>(delay));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(10000));
        const QString output = QString::fromUtf8(writer.readAllStandardOutput());

        // Opening for editing rolls back a hot journal, as the next ShopScope would.
        auto project = Project::open(path, Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(project) << error.message.toStdString();
        project.reset();
        EXPECT_EQ(scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const QString client = scalar(path, QStringLiteral("SELECT client_name FROM programme")).toString();
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^round (\\d+)$")).match(client);
        ASSERT_TRUE(match.hasMatch()) << client.toStdString();
        const int round = match.captured(1).toInt();
        // Every round the writer reported is in the file; at most one more (committed, not yet printed).
        const int reported = int(output.count(QStringLiteral("committed")));
        EXPECT_GE(round, reported);
        EXPECT_LE(round, reported + 1);
        EXPECT_EQ(scalar(path, QStringLiteral("SELECT count(*) FROM geo_unit WHERE name LIKE 'round ' || %1 || ' unit %'")
                                   .arg(round))
                      .toInt(),
                  500);
        EXPECT_EQ(scalar(path, QStringLiteral("SELECT count(*) FROM geo_unit WHERE CAST(substr(name, 7, "
                                              "instr(substr(name, 7), ' ') - 1) AS INTEGER) > %1")
                                   .arg(round))
                      .toInt(),
                  0)
            << "no part of an uncommitted round may survive";
        // Next iteration starts counting rounds afresh: clear for clarity.
        tamper(path, QStringLiteral("DELETE FROM geo_unit; UPDATE programme SET client_name = '';"));
    }
}
