#include "ScenarioActions.h"

#include "ScenarioDialog.h"
#include "areas/TablePanel.h"
#include "commands/ScenarioCommands.h"
#include "planning/ScenarioStore.h"
#include "project/Project.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

ScenarioActions::ScenarioActions(QMainWindow* window, TablePanel* scenarios, std::function<Project*()> project)
    : TableActions(window, scenarios, std::move(project))
{
    addAction(tr("Add…"), [this] { edit(QString()); });
    addAction(tr("Edit…"), [this] {
        const QString code = m_table->selectedValue(0);
        if (code.isEmpty())
            MessageBox::warning(m_window, tr("Edit"), tr("Select a scenario first."));
        else
            edit(code);
    });
    connect(scenarios->view(), &QAbstractItemView::doubleClicked, this, [this] { edit(m_table->selectedValue(0)); });
    addAction(tr("Duplicate"), [this] { duplicateSelected(); });
    addAction(tr("Delete"), [this] { deleteSelected(); });
}

void ScenarioActions::edit(const QString& code)
{
    Project* project = writableProject();
    if (!project)
        return;
    ScenarioDialog dialog(project, code, m_window);
    // The dialog saves through the undo stack itself.
    if (dialog.exec() == QDialog::Accepted)
        select(ScenarioStore::idOf(project->database(), dialog.savedCode()));
}

void ScenarioActions::duplicateSelected()
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
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
    select(ScenarioStore::idOf(project->database(), *copy));
    m_window->statusBar()->showMessage(tr("Copied %1 as %2: edit the copy to make it a variant").arg(code, *copy), 8000);
}

void ScenarioActions::deleteSelected()
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Delete"), tr("Select a scenario first."));
        return;
    }
    QString error;
    if (!Command::deleteScenarios(project, {code}, &error))
        MessageBox::warning(m_window, tr("Not deleted"), error);
}
