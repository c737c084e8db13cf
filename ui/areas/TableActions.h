#pragma once

#include <QObject>

#include <functional>
#include <optional>
#include <memory>

class CsvImportDialog;
class Project;
class QAction;
class QMainWindow;
class TablePanel;
class UndoCommand;

// The actions of one area table (the buttons above it). They act on the window's current
// project, which changes as programmes are opened and closed; edits need it writable.
class TableActions : public QObject
{
    Q_OBJECT

protected:
    TableActions(QMainWindow* window, TablePanel* table, std::function<Project*()> project);

    // Adds a button above the table that runs `run`; the table's context menu offers it too.
    QAction* addAction(const QString& text, const std::function<void()>& run);
    // Selects the row of this id (its table's, see AreaTables::rowKey) and scrolls to it; nothing
    // when the id is not among the matching rows.
    void select(std::optional<qint64> id);
    // The open project when it may be edited, else nothing.
    Project* writableProject() const;

    // Importing a CSV file, the same for every table that imports one: the file chosen in a file
    // dialog titled `title` (empty when none); the import dialog shown, true when the user chose
    // to import (a file that cannot be read is reported); the undo step written on a worker
    // thread with progress and Cancel, a refusal (`command` null, `refusal` saying why) or a
    // cancellation reported. `done` is shown in the status bar.
    QString chooseImportFile(const QString& title) const;
    bool confirmImport(CsvImportDialog& dialog);
    bool writeImport(Project* project, std::unique_ptr<UndoCommand> command, const QString& refusal, const QString& fileName,
                     const QString& done);

    QMainWindow* m_window;
    TablePanel* m_table;
    std::function<Project*()> m_project;
};
