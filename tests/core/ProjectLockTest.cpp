#include "project/Project.h"
#include "support/TestProject.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

TEST(ProjectLock, SecondEditorInTheSameProcessIsRefused)
{
    TestFolder folder;
    ProjectError error;
    auto first = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(first);
    auto second = Project::open(first->filePath(), Project::Mode::ReadWrite, &error);
    EXPECT_FALSE(second);
    EXPECT_EQ(error.code, ProjectError::Code::Locked);
    EXPECT_TRUE(error.message.contains(QStringLiteral("already open"))) << error.message.toStdString();
    // Reading alongside is fine: SQLite keeps readers consistent.
    auto reader = Project::open(first->filePath(), Project::Mode::ReadOnly, &error);
    EXPECT_TRUE(reader) << error.message.toStdString();
}

TEST(ProjectLock, LockIsReleasedOnClose)
{
    TestFolder folder;
    ProjectError error;
    const QString path = folder.path(QStringLiteral("a.shopscope"));
    {
        auto project = Project::create(path, &error);
        ASSERT_TRUE(project);
        EXPECT_TRUE(QFile::exists(Project::lockFilePath(path)));
    }
    EXPECT_FALSE(QFile::exists(Project::lockFilePath(path)));
    EXPECT_TRUE(Project::open(path, Project::Mode::ReadWrite, &error)) << error.message.toStdString();
}

TEST(ProjectLock, AnotherProcessHoldingTheFileIsNamed)
{
    TestFolder folder;
    ProjectError error;
    const QString path = folder.path(QStringLiteral("shared.shopscope"));
    ASSERT_TRUE(Project::create(path, &error));
    QProcess holder;
    holder.start(QStringLiteral(PROJECT_EDITOR), {QStringLiteral("hold"), path});
    ASSERT_TRUE(holder.waitForReadyRead(10000));
    ASSERT_EQ(holder.readLine().trimmed(), QByteArray("ready"));

    EXPECT_FALSE(Project::open(path, Project::Mode::ReadWrite, &error));
    EXPECT_EQ(error.code, ProjectError::Code::Locked);
    EXPECT_TRUE(error.message.contains(QString::number(holder.processId()))) << error.message.toStdString();

    holder.closeWriteChannel();
    ASSERT_TRUE(holder.waitForFinished(10000));
    EXPECT_TRUE(Project::open(path, Project::Mode::ReadWrite, &error)) << error.message.toStdString();
}

TEST(ProjectLock, LockLeftByACrashedProcessIsTakenOver)
{
    TestFolder folder;
    ProjectError error;
    const QString path = folder.path(QStringLiteral("crashed.shopscope"));
    ASSERT_TRUE(Project::create(path, &error));
    QProcess holder;
    holder.start(QStringLiteral(PROJECT_EDITOR), {QStringLiteral("hold"), path});
    ASSERT_TRUE(holder.waitForReadyRead(10000));
    holder.kill(); // SIGKILL: the lock file stays behind
    ASSERT_TRUE(holder.waitForFinished(10000));
    ASSERT_TRUE(QFile::exists(Project::lockFilePath(path)));
    EXPECT_TRUE(Project::open(path, Project::Mode::ReadWrite, &error)) << error.message.toStdString();
}
