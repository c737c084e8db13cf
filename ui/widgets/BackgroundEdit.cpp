#include "BackgroundEdit.h"

#include "BackgroundJob.h"
#include "commands/UndoCommand.h"
#include "commands/UndoStack.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "project/WorkerWrites.h"

bool BackgroundEdit::push(QWidget* parent, Project* project, const QString& label, std::unique_ptr<UndoCommand> command,
                          QString* error, bool* cancelled)
{
    // The command stays ours: this function returns only after the worker is done with it.
    UndoCommand* edit = command.get();
    const QString path = project->filePath();
    auto done = std::make_shared<bool>(false);
    auto message = std::make_shared<QString>();
    bool stopped = false;
    const ProjectError failure = BackgroundJob::run(
        parent, label, true,
        [edit, path, done, message](const std::atomic<bool>& cancel, const BackgroundJob::Progress& progress) {
            ProjectConnection connection;
            ProjectError openError;
            if (!connection.open(path, false, &openError))
                return openError;
            const WorkerWrites writes(connection, &cancel, progress);
            *done = edit->redo(message.get());
            return ProjectError();
        },
        &stopped);
    if (cancelled)
        *cancelled = stopped && !*done;
    if (!*done) {
        if (error)
            *error = failure ? failure.message : *message;
        return false;
    }
    project->undoStack()->pushDone(std::move(command));
    emit project->dataChanged();
    return true;
}
