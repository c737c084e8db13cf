#include "commands/LocationCommands.h"
#include "commands/UndoCommand.h"
#include "commands/UndoStack.h"
#include "io/CsvReader.h"
#include "planning/LocationImport.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"
#include "support/TestProject.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <functional>
#include <thread>

namespace {

// A client's list of `rows` branches, each with its opening hours.
CsvTable branches(int rows)
{
    QByteArray csv = "Code,Name,Country,Region,City,Latitude,Longitude,Mon,Sat\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("W-%1,Filiāle %1,Latvia,Piejūra,Liepāja,56.5%1,21.0,09:00-18:00,10:00-14:00\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .toUtf8();
    QList<CsvProblem> problems;
    return CsvReader().readBytes(csv, &problems, QStringLiteral("branches.csv")).value_or(CsvTable());
}

struct Outcome
{
    bool done = false;
    QString message;
    QList<int> progress;
};

// The command's first run on a thread of its own, as the window runs it.
Outcome runOnWorker(const QString& path, UndoCommand* command, const std::atomic<bool>* cancel,
                    const std::function<void(int)>& onProgress = {})
{
    Outcome outcome;
    std::thread worker([&] {
        ProjectConnection connection;
        ProjectError error;
        if (!connection.open(path, false, &error)) {
            outcome.message = error.message;
            return;
        }
        const WorkerWrites writes(connection, cancel, [&outcome, &onProgress](int percent) {
            outcome.progress << percent;
            if (onProgress)
                onProgress(percent);
        });
        outcome.done = command->redo(&outcome.message);
    });
    worker.join();
    return outcome;
}

class WorkerWritesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ProjectError error;
        m_project = Project::open(m_folder.demoCopy(QStringLiteral("demo.shopscope")), Project::Mode::ReadWrite, &error);
        ASSERT_TRUE(m_project) << error.message.toStdString();
        m_before = count();
        m_geography = scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM geo_unit")).toLongLong();
    }
    qint64 count() const { return scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM location")).toLongLong(); }
    std::unique_ptr<UndoCommand> import(int rows)
    {
        const CsvTable csv = branches(rows);
        const auto plan = LocationImport::plan(m_project->database(), csv, LocationImport::guessMapping(csv.header), {},
                                               QStringLiteral("branches.csv"));
        QString error;
        auto command = Command::locationImport(m_project.get(), plan, QStringLiteral("branches.csv"), false, &error);
        EXPECT_TRUE(command) << error.toStdString();
        return command;
    }

    TestFolder m_folder;
    std::unique_ptr<Project> m_project;
    qint64 m_before = 0;
    qint64 m_geography = 0;
};

} // namespace

TEST_F(WorkerWritesTest, AnImportWrittenOnAWorkerIsOneUndoableStep)
{
    auto command = import(3000);
    ASSERT_TRUE(command);
    QSignalSpy changed(m_project.get(), &Project::dataChanged);
    const std::atomic<bool> cancel = false;
    const Outcome outcome = runOnWorker(m_project->filePath(), command.get(), &cancel);
    ASSERT_TRUE(outcome.done) << outcome.message.toStdString();
    EXPECT_EQ(count(), m_before + 3000);
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM location_hours h JOIN location l "
                                                          "ON l.id = h.location_id WHERE l.code LIKE 'W-%'"))
                  .toInt(),
              6000);
    // It said how far it was, in order, and did not announce the change from the worker.
    ASSERT_FALSE(outcome.progress.isEmpty());
    EXPECT_TRUE(std::is_sorted(outcome.progress.cbegin(), outcome.progress.cend()));
    EXPECT_EQ(changed.count(), 0);

    // Recorded as done, it undoes and redoes through the window's connection like any edit.
    m_project->undoStack()->pushDone(std::move(command));
    EXPECT_EQ(m_project->undoStack()->undoText(), QStringLiteral("Import locations from branches.csv"));
    ASSERT_TRUE(m_project->undoStack()->undo());
    EXPECT_EQ(count(), m_before);
    ASSERT_TRUE(m_project->undoStack()->redo());
    EXPECT_EQ(count(), m_before + 3000);
}

TEST_F(WorkerWritesTest, ACancelledImportWritesNothingAndCanRunAgain)
{
    auto command = import(3000);
    ASSERT_TRUE(command);
    const std::atomic<bool> cancelled = true;
    const Outcome outcome = runOnWorker(m_project->filePath(), command.get(), &cancelled);
    EXPECT_FALSE(outcome.done);
    EXPECT_EQ(outcome.message, QStringLiteral("The change was cancelled; nothing was written."));
    EXPECT_EQ(count(), m_before);
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM geo_unit")).toLongLong(), m_geography);

    // The same command, started again and left to finish, imports everything once.
    const std::atomic<bool> go = false;
    const Outcome again = runOnWorker(m_project->filePath(), command.get(), &go);
    ASSERT_TRUE(again.done) << again.message.toStdString();
    EXPECT_EQ(count(), m_before + 3000);
    EXPECT_GT(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM geo_unit")).toLongLong(), m_geography)
        << "Piejūra is new to the demo";
}

TEST_F(WorkerWritesTest, AnEditOnAThreadWithoutItsOwnConnectionIsRefused)
{
    auto command = import(5);
    ASSERT_TRUE(command);
    bool done = true;
    QString message;
    std::thread worker([&] { done = command->redo(&message); });
    worker.join();
    EXPECT_FALSE(done);
    EXPECT_EQ(message, QStringLiteral("An edit ran on a thread without a connection."));
    EXPECT_EQ(count(), m_before);
}

TEST_F(WorkerWritesTest, ACancelInTheMiddleOfTheWriteStopsItAndWritesNothing)
{
    // Short INSERTs never reach SQLite's interrupt: the edit itself looks at Cancel as it goes.
    auto command = import(5000);
    ASSERT_TRUE(command);
    std::atomic<bool> cancel = false;
    const Outcome outcome = runOnWorker(m_project->filePath(), command.get(), &cancel, [&cancel](int percent) {
        if (percent > 0)
            cancel = true; // the user presses Cancel once the rows are being written
    });
    EXPECT_FALSE(outcome.done);
    EXPECT_EQ(outcome.message, QStringLiteral("The change was cancelled; nothing was written."));
    EXPECT_EQ(count(), m_before);
    EXPECT_EQ(scalar(m_project->filePath(), QStringLiteral("SELECT count(*) FROM geo_unit")).toLongLong(), m_geography);
}
