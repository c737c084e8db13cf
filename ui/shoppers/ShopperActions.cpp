#include "ShopperActions.h"

#include "ShopperDialog.h"
#include "ShopperExportDialog.h"
#include "ShopperImportDialog.h"
#include "areas/TablePanel.h"
#include "commands/ShopperCommands.h"
#include "commands/UndoCommand.h"
#include "io/CsvWriter.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "shoppers/ShopperStore.h"
#include "shoppers/ShopperExport.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

ShopperActions::ShopperActions(QMainWindow* window, TablePanel* shoppers, std::function<Project*()> project)
    : TableActions(window, shoppers, std::move(project))
{
    addAction(tr("Add…"), [this] { edit(QString()); });
    addAction(tr("Edit…"), [this] {
        const QString code = m_table->selectedValue(0);
        if (code.isEmpty())
            MessageBox::warning(m_window, tr("Edit"), tr("Select a shopper first."));
        else
            edit(code);
    });
    connect(shoppers->view(), &QAbstractItemView::doubleClicked, this, [this] { edit(m_table->selectedValue(0)); });
    addAction(tr("Delete"), [this] { deleteSelected(); });
    addAction(tr("Import CSV…"), [this] { import(); });
    addAction(tr("Export CSV…"), [this] { exportTo(LastDirectory::get() + QStringLiteral("/shoppers.csv")); });
}

void ShopperActions::edit(const QString& code)
{
    Project* project = writableProject();
    if (!project)
        return;
    ShopperDialog dialog(project, code, m_window);
    // The dialog saves through the undo stack itself.
    if (dialog.exec() == QDialog::Accepted)
        select(ShopperStore::idOf(project->database(), dialog.savedCode()));
}

void ShopperActions::deleteSelected()
{
    Project* project = writableProject();
    const QString code = m_table->selectedValue(0);
    if (!project || code.isEmpty()) {
        MessageBox::warning(m_window, tr("Delete"), tr("Select a shopper first."));
        return;
    }
    QString error;
    if (!Command::deleteShoppers(project, {code}, &error))
        MessageBox::warning(m_window, tr("Not deleted"), error);
}

void ShopperActions::import()
{
    if (const QString path = chooseImportFile(tr("Import shoppers")); !path.isEmpty())
        importFrom(path);
}

bool ShopperActions::importFrom(const QString& path)
{
    Project* project = writableProject();
    if (!project)
        return false;
    LastDirectory::rememberFileIn(path);
    ShopperImportDialog dialog(project, path, m_window);
    if (!confirmImport(dialog))
        return false;
    QString error;
    const QString fileName = QFileInfo(path).fileName();
    const ShopperImport::Plan& plan = dialog.plan();
    // Tens of thousands of shoppers take seconds: written on a worker, with progress and Cancel.
    auto command = Command::shopperImport(project, plan, fileName, dialog.validRowsOnly(), &error);
    if (!command && error.isEmpty()) { // every shopper of the file is as the panel has it
        m_window->statusBar()->showMessage(tr("%1 changes nothing: the panel already holds it.").arg(fileName), 8000);
        return true;
    }
    return writeImport(project, std::move(command), error, fileName,
                       tr("Imported %1: %2 new, %3 updated, %4 unchanged")
                           .arg(fileName, QLocale().toString(plan.inserts), QLocale().toString(plan.updates),
                                QLocale().toString(plan.unchanged)));
}

bool ShopperActions::exportTo(const QString& path)
{
    Project* project = m_project();
    if (!project)
        return false;
    ShopperExportDialog dialog(path, int(m_table->model()->totalRowCount()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    LastDirectory::rememberFileIn(dialog.path());
    QString error;
    const QList<QStringList> rows = ShopperExport::rows(project->database(), dialog.includePersonal(), &error);
    CsvWriter writer;
    // As Excel opens it in the Nordic and Baltic countries: UTF-8 with a mark, semicolons.
    writer.setByteOrderMark(true);
    writer.setDelimiter(';');
    if (rows.isEmpty() || !writer.writeFile(dialog.path(), rows, &error)) {
        MessageBox::warning(m_window, tr("Not exported"), error);
        return false;
    }
    const QString file = QFileInfo(dialog.path()).fileName();
    m_window->statusBar()->showMessage(dialog.includePersonal()
                                           ? tr("Exported %n shopper(s) to %1, with personal data", nullptr, int(rows.size() - 1)).arg(file)
                                           : tr("Exported %n shopper(s) to %1, without personal data", nullptr, int(rows.size() - 1)).arg(file),
                                       8000);
    return true;
}
