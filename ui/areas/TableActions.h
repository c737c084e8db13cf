#pragma once

#include <QObject>

#include <functional>

class Project;
class QAction;
class QMainWindow;
class TablePanel;

// The actions of one area table (the buttons above it). They act on the window's current
// project, which changes as programmes are opened and closed; edits need it writable.
class TableActions : public QObject
{
    Q_OBJECT

protected:
    TableActions(QMainWindow* window, TablePanel* table, std::function<Project*()> project);

    // Adds a button above the table that runs `run`; the table's context menu offers it too.
    QAction* addAction(const QString& text, const std::function<void()>& run);
    // Selects the row whose first column holds this code (among the rows read so far).
    void select(const QString& code);
    // The open project when it may be edited, else nothing.
    Project* writableProject() const;

    QMainWindow* m_window;
    TablePanel* m_table;
    std::function<Project*()> m_project;
};
