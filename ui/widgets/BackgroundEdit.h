#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class Project;
class QWidget;
class UndoCommand;

// Makes an edit of thousands of rows (an import, a generated plan) without freezing the window:
// the command's first redo runs on a worker thread through a connection of its own (see
// WorkerWrites), behind a progress dialog with Cancel; then it is recorded on the project's undo
// stack like any other edit, and undo and redo work as usual.
class BackgroundEdit
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundEdit)

public:
    // Returns once the edit is done (true) or failed or was cancelled (false, with the reason in
    // *error and *cancelled set; the file is as it was).
    static bool push(QWidget* parent, Project* project, const QString& label, std::unique_ptr<UndoCommand> command,
                     QString* error, bool* cancelled = nullptr);
};
