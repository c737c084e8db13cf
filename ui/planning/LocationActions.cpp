#include "LocationActions.h"

#include "LocationDialog.h"
#include "LocationImportDialog.h"
#include "LocationTreeView.h"
#include "areas/TablePanel.h"
#include "commands/LocationCommands.h"
#include "commands/UndoCommand.h"
#include "io/CsvWriter.h"
#include "planning/LocationExport.h"
#include "project/Project.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

LocationActions::LocationActions(QMainWindow* window, TablePanel* locations, std::function<Project*()> project)
    : TableActions(window, locations, std::move(project))
{
    addAction(tr("Add…"), [this] { edit(QString()); });
    addAction(tr("Edit…"), [this] { edit(m_table->selectedValue(0)); });
    connect(locations->view(), &QAbstractItemView::doubleClicked, this, [this] { edit(m_table->selectedValue(0)); });
    addAction(tr("Delete"), [this] { deleteSelected(); });
    addAction(tr("Import CSV…"), [this] { import(); });
    addAction(tr("Export CSV…"), [this] { exportAll(); });
    auto* tree = new LocationTreeView(locations);
    connect(tree, &LocationTreeView::locationActivated, this, &LocationActions::edit);
}

void LocationActions::edit(const QString& code)
{
    Project* project = writableProject();
    if (!project)
        return;
    LocationDialog dialog(project, code, m_window);
    dialog.exec(); // the dialog saves through the undo stack itself
}

void LocationActions::deleteSelected()
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Delete"), tr("Select a location first."));
        return;
    }
    QString error;
    if (!Command::deleteLocations(project, {code}, &error))
        MessageBox::warning(m_window, tr("Not deleted"), error);
}

void LocationActions::import()
{
    if (const QString path = chooseImportFile(tr("Import locations")); !path.isEmpty())
        importFrom(path);
}

bool LocationActions::importFrom(const QString& path)
{
    Project* project = writableProject();
    if (!project)
        return false;
    LastDirectory::rememberFileIn(path);
    LocationImportDialog dialog(project, path, m_window);
    if (!confirmImport(dialog))
        return false;
    QString error;
    const QString fileName = QFileInfo(path).fileName();
    auto command = Command::locationImport(project, dialog.plan(), fileName, dialog.validRowsOnly(), &error);
    return writeImport(project, std::move(command), error, fileName,
                       tr("Imported %1: %2 new, %3 updated")
                           .arg(fileName, QLocale().toString(dialog.plan().inserts), QLocale().toString(dialog.plan().updates)));
}

void LocationActions::exportAll()
{
    Project* project = m_project();
    if (!project)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export locations"),
                                                      LastDirectory::get() + QStringLiteral("/locations.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    LastDirectory::rememberFileIn(path);
    QString error;
    const QList<QStringList> rows = LocationExport::rows(project->database(), &error);
    CsvWriter writer;
    // As Excel opens it in the Nordic and Baltic countries: UTF-8 with a mark, semicolons.
    writer.setByteOrderMark(true);
    writer.setDelimiter(';');
    if (rows.isEmpty() || !writer.writeFile(path, rows, &error))
        MessageBox::warning(m_window, tr("Not exported"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported %n location(s)", nullptr, int(rows.size() - 1)), 5000);
}
