#include "programme/ProgrammeSettings.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

TEST(ProjectCreate, NewProgrammeHasItsSettingsRow)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("Baltic Telecom.shopscope")), &error);
    ASSERT_TRUE(project) << error.message.toStdString();
    QString message;
    const auto settings = ProgrammeSettings::read(project->database(), &message);
    ASSERT_TRUE(settings) << message.toStdString();
    EXPECT_EQ(settings->programmeName, QStringLiteral("Baltic Telecom"));
    EXPECT_EQ(settings->languages, QStringList{QStringLiteral("en")});
    EXPECT_EQ(settings->targetScore.toDouble(), 80.0);
    EXPECT_FALSE(project->isReadOnly());
}

TEST(ProjectCreate, RefusesToOverwrite)
{
    TestFolder folder;
    const QString path = folder.writeFile(QStringLiteral("taken.shopscope"), QByteArray("precious"));
    ProjectError error;
    EXPECT_FALSE(Project::create(path, &error));
    EXPECT_EQ(error.code, ProjectError::Code::AlreadyExists);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("precious"));
}

TEST(ProjectCreate, MissingFolderIsNamed)
{
    TestFolder folder;
    ProjectError error;
    EXPECT_FALSE(Project::create(folder.path(QStringLiteral("nowhere/a.shopscope")), &error));
    EXPECT_EQ(error.code, ProjectError::Code::NotFound);
    EXPECT_TRUE(error.message.contains(QStringLiteral("nowhere"))) << error.message.toStdString();
}

TEST(ProjectCreate, LeavesNoPartialFilesBehind)
{
    TestFolder folder;
    ProjectError error;
    ASSERT_TRUE(Project::create(folder.path(QStringLiteral("a.shopscope")), &error));
    const QStringList files = QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : files)
        EXPECT_FALSE(name.endsWith(QStringLiteral(".partial"))) << name.toStdString();
}
