#include "TableActions.h"

#include "TablePanel.h"
#include "models/AreaTableModel.h"
#include "commands/UndoCommand.h"
#include "project/Project.h"
#include "widgets/BackgroundEdit.h"
#include "widgets/CsvImportDialog.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QFileDialog>
#include <QMainWindow>
#include <QStatusBar>
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

void TableActions::select(std::optional<qint64> id)
{
    // By key, not by reading the first column of every row: 60,000 shoppers are 470 pages.
    AreaTableModel* model = m_table->model();
    if (const int row = id ? model->rowOfKey(*id) : -1; row >= 0) {
        m_table->view()->setCurrentIndex(model->index(row, 0));
        m_table->view()->scrollTo(model->index(row, 0));
    }
}

Project* TableActions::writableProject() const
{
    Project* project = m_project();
    return project && !project->isReadOnly() ? project : nullptr;
}

QString TableActions::chooseImportFile(const QString& title) const
{
    if (!writableProject())
        return {};
    return QFileDialog::getOpenFileName(m_window, title, LastDirectory::get(),
                                        tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
}

bool TableActions::confirmImport(CsvImportDialog& dialog)
{
    if (!dialog.isReadable()) {
        MessageBox::warning(m_window, tr("Cannot import"), dialog.readProblem());
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

bool TableActions::writeImport(Project* project, std::unique_ptr<UndoCommand> command, const QString& refusal,
                               const QString& fileName, const QString& done)
{
    QString error = refusal;
    bool cancelled = false;
    if (!command
        || !BackgroundEdit::push(m_window, project, tr("Importing %1…").arg(fileName), std::move(command), &error, &cancelled)) {
        if (cancelled)
            m_window->statusBar()->showMessage(tr("The import of %1 was cancelled; nothing changed.").arg(fileName), 8000);
        else
            MessageBox::warning(m_window, tr("Nothing imported"), error);
        return false;
    }
    m_window->statusBar()->showMessage(done, 8000);
    return true;
}
