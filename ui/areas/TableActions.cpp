#include "TableActions.h"

#include "TablePanel.h"
#include "project/Project.h"

#include <QAction>
#include <QMainWindow>

TableActions::TableActions(QMainWindow* window, TablePanel* table, std::function<Project*()> project)
    : QObject(window)
    , m_window(window)
    , m_table(table)
    , m_project(std::move(project))
{
}

QAction* TableActions::addAction(const QString& text, const std::function<void()>& run)
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, run);
    m_table->addTableAction(action);
    return action;
}

Project* TableActions::writableProject() const
{
    Project* project = m_project();
    return project && !project->isReadOnly() ? project : nullptr;
}
