#include "TableActions.h"

#include "TablePanel.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"

#include <QAction>
#include <QMainWindow>
#include <QTableView>

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
    m_table->view()->addAction(action);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

void TableActions::select(const QString& code)
{
    AreaTableModel* model = m_table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::EditRole).toString() == code) {
            m_table->view()->setCurrentIndex(model->index(row, 0));
            m_table->view()->scrollTo(model->index(row, 0));
            return;
        }
    }
}

Project* TableActions::writableProject() const
{
    Project* project = m_project();
    return project && !project->isReadOnly() ? project : nullptr;
}
