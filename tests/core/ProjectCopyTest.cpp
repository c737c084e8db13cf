#include "project/Project.h"
#include "project/SchemaManager.h"
#include "support/TestProject.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

TEST(ProjectCopy, CopyWhileOpenIsCompleteAndMarked)
{
    TestFolder folder;
    const QString source = folder.demoCopy(QStringLiteral("open.shopscope"));
    ProjectError error;
    auto project = Project::open(source, Project::Mode::ReadWrite, &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    const QString copy = folder.path(QStringLiteral("copy.shopscope"));
    ASSERT_TRUE(project->saveCopy(copy, &error)) << error.message.toStdString();
    EXPECT_EQ(scalar(copy, QStringLiteral("PRAGMA application_id")).toInt(), SchemaManager::applicationId);
    EXPECT_EQ(scalar(copy, QStringLiteral("PRAGMA user_version")).toInt(), SchemaManager::currentVersion);
    EXPECT_EQ(scalar(copy, QStringLiteral("SELECT count(*) FROM answer")).toLongLong(),
              scalar(source, QStringLiteral("SELECT count(*) FROM answer")).toLongLong());
    EXPECT_EQ(scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The copy is a project in its own right, and may be opened while the original is open.
    auto second = Project::open(copy, Project::Mode::ReadWrite, &error);
    EXPECT_TRUE(second) << error.message.toStdString();
}

TEST(ProjectCopy, ReplacesAnExistingTargetOnlyWhenComplete)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(project);
    const QString target = folder.writeFile(QStringLiteral("old-copy.shopscope"), QByteArray("old"));
    ASSERT_TRUE(project->saveCopy(target, &error)) << error.message.toStdString();
    EXPECT_EQ(scalar(target, QStringLiteral("PRAGMA application_id")).toInt(), SchemaManager::applicationId);
}

TEST(ProjectCopy, RefusesToCopyOntoItself)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(project);
    EXPECT_FALSE(project->saveCopy(project->filePath(), &error));
    EXPECT_EQ(error.code, ProjectError::Code::AlreadyExists);
}

TEST(ProjectCopy, MissingFolderIsReportedAndNothingWritten)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("a.shopscope")), &error);
    ASSERT_TRUE(project);
    EXPECT_FALSE(project->saveCopy(folder.path(QStringLiteral("no/such/folder/b.shopscope")), &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("folder"))) << error.message.toStdString();
}

TEST(ProjectCopy, ACancelledCopyLeavesNothing)
{
    TestFolder folder;
    const QString source = folder.demoCopy(QStringLiteral("open.shopscope"));
    const std::atomic<bool> cancel{true};
    ProjectError error;
    const QString target = folder.path(QStringLiteral("copy.shopscope"));
    EXPECT_FALSE(Project::writeCopy(source, target, &cancel, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("cancelled"))) << error.message.toStdString();
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_TRUE(QDir(folder.path(QString())).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());
}
