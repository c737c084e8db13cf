#include "ScenarioActions.h"

#include "ScenarioDialog.h"
#include "areas/TablePanel.h"
#include "commands/ScenarioCommands.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

ScenarioActions::ScenarioActions(QMainWindow* window, TablePanel* scenarios, std::function<Project*()> project)
    : QObject(window)
    , m_window(window)
    , m_scenarios(scenarios)
    , m_project(std::move(project))
{
    auto* add = new QAction(tr("Add…"), this);
    connect(add, &QAction::triggered, this, [this] { edit(QString()); });
    scenarios->addTableAction(add);
    auto* editAction = new QAction(tr("Edit…"), this);
    connect(editAction, &QAction::triggered, this, [this] {
        const QString code = m_scenarios->selectedValue(0);
        if (code.isEmpty())
            MessageBox::warning(m_window, tr("Edit"), tr("Select a scenario first."));
        else
            edit(code);
    });
    scenarios->addTableAction(editAction);
    connect(scenarios->view(), &QAbstractItemView::doubleClicked, this, [this] { edit(m_scenarios->selectedValue(0)); });
    auto* duplicate = new QAction(tr("Duplicate"), this);
    connect(duplicate, &QAction::triggered, this, &ScenarioActions::duplicateSelected);
    scenarios->addTableAction(duplicate);
    auto* remove = new QAction(tr("Delete"), this);
    connect(remove, &QAction::triggered, this, &ScenarioActions::deleteSelected);
    scenarios->addTableAction(remove);
}

Project* ScenarioActions::writableProject() const
{
    Project* project = m_project();
    return project && !project->isReadOnly() ? project : nullptr;
}

void ScenarioActions::edit(const QString& code)
{
    Project* project = writableProject();
    if (!project)
        return;
    ScenarioDialog dialog(project, code, m_window);
    // The dialog saves through the undo stack itself.
    if (dialog.exec() == QDialog::Accepted)
        select(dialog.savedCode());
}

void ScenarioActions::duplicateSelected()
{
    Project* project = writableProject();
    const QString code = m_scenarios->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Duplicate"), tr("Select a scenario first."));
        return;
    }
    QString error;
    const auto copy = Command::duplicateScenario(project, code, QString(), &error);
    if (!copy) {
        MessageBox::warning(m_window, tr("Not copied"), error);
        return;
    }
    select(*copy);
    m_window->statusBar()->showMessage(tr("Copied %1 as %2: edit the copy to make it a variant").arg(code, *copy), 8000);
}

void ScenarioActions::deleteSelected()
{
    Project* project = writableProject();
    const QString code = m_scenarios->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Delete"), tr("Select a scenario first."));
        return;
    }
    QString error;
    if (!Command::deleteScenarios(project, {code}, &error))
        MessageBox::warning(m_window, tr("Not deleted"), error);
}

void ScenarioActions::select(const QString& code)
{
    AreaTableModel* model = m_scenarios->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(Qt::EditRole).toString() == code) {
            m_scenarios->view()->setCurrentIndex(model->index(row, 0));
            m_scenarios->view()->scrollTo(model->index(row, 0));
            return;
        }
    }
}
