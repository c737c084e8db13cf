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

    // Adds a button above the table that runs `run`.
    QAction* addAction(const QString& text, const std::function<void()>& run);
    // The open project when it may be edited, else nothing.
    Project* writableProject() const;

    QMainWindow* m_window;
    TablePanel* m_table;
    std::function<Project*()> m_project;
};
