#include "commands/ProgrammeCommands.h"
#include "commands/UndoStack.h"
#include "programme/ProgrammeSettings.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace {
QString clientIn(const QString& file)
{
    return scalar(file, QStringLiteral("SELECT client_name FROM programme")).toString();
}
} // namespace

TEST(ProgrammeCommands, EditIsWrittenAtOnceAndUndoable)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QSignalSpy changed(project.get(), &Project::dataChanged);
    QString message;
    ASSERT_TRUE(Command::setProgrammeField(project.get(), ProgrammeField::ClientName, QStringLiteral("Łódź Bank"),
                                           &message));
    // Another connection sees it: the edit is committed, not pending.
    EXPECT_EQ(clientIn(project->filePath()), QStringLiteral("Łódź Bank"));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(project->undoStack()->undoText(), QStringLiteral("Change client"));
    ASSERT_TRUE(project->undoStack()->undo(&message));
    EXPECT_EQ(clientIn(project->filePath()), QString());
    ASSERT_TRUE(project->undoStack()->redo(&message));
    EXPECT_EQ(clientIn(project->filePath()), QStringLiteral("Łódź Bank"));
}

TEST(ProgrammeCommands, RepeatedEditsOfOneFieldAreOneStep)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QString message;
    Command::setProgrammeField(project.get(), ProgrammeField::TargetScore, 82.5, &message);
    Command::setProgrammeField(project.get(), ProgrammeField::TargetScore, 85.0, &message);
    EXPECT_EQ(project->undoStack()->count(), 1);
    project->undoStack()->undo(&message);
    EXPECT_DOUBLE_EQ(scalar(project->filePath(), QStringLiteral("SELECT target_score FROM programme")).toDouble(), 80.0);
}

TEST(ProgrammeCommands, NoOpEditIsNotRecorded)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QString message;
    EXPECT_TRUE(Command::setProgrammeField(project.get(), ProgrammeField::LockoutDays, 60, &message));
    EXPECT_EQ(project->undoStack()->count(), 0);
}

TEST(ProgrammeCommands, BadValueIsRefusedWithAReasonAndChangesNothing)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    QString message;
    EXPECT_FALSE(Command::setProgrammeField(project.get(), ProgrammeField::TargetScore, 140, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("between 0 and 100"))) << message.toStdString();
    EXPECT_FALSE(Command::setProgrammeField(project.get(), ProgrammeField::SmallBaseThreshold, 0, &message));
    EXPECT_TRUE(message.contains(QStringLiteral("small-base"))) << message.toStdString();
    EXPECT_EQ(project->undoStack()->count(), 0);
    EXPECT_DOUBLE_EQ(scalar(project->filePath(), QStringLiteral("SELECT target_score FROM programme")).toDouble(), 80.0);
}

TEST(ProgrammeCommands, FullDiskFailsTheEditCleanly)
{
    TestFolder folder;
    ProjectError error;
    auto project = Project::create(folder.path(QStringLiteral("p.shopscope")), &error);
    ASSERT_TRUE(project);
    // Cap the file at its current size: the next write needing a page meets a full disk.
    QSqlQuery query(project->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    query.finish();
    const QString longName = QString(3000, QChar(u'ā'));
    const bool written = project->write(
        [&](const QSqlDatabase& db, QString* why) {
            QSqlQuery insert(db);
            for (int i = 0; i < 200; ++i) {
                insert.prepare(QStringLiteral("INSERT INTO geo_unit (level, name) VALUES ('country', ?)"));
                insert.addBindValue(QString(longName + QString::number(i)));
                if (!insert.exec()) {
                    *why = insert.lastError().databaseText();
                    return false;
                }
            }
            return true;
        },
        &error);
    EXPECT_FALSE(written);
    EXPECT_EQ(error.code, ProjectError::Code::DiskFull) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("disk is full"))) << error.message.toStdString();
    EXPECT_EQ(scalar(project->filePath(), QStringLiteral("SELECT count(*) FROM geo_unit")).toInt(), 0);
}
