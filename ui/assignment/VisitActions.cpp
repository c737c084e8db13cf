#include "VisitActions.h"

#include "ShopperPickerDialog.h"
#include "VisitDetailPanel.h"
#include "areas/TablePanel.h"
#include "commands/VisitCommands.h"
#include "fieldwork/FieldworkLists.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "widgets/BackgroundJob.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTextDocument>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

VisitActions::VisitActions(QMainWindow* window, TablePanel* assignments, std::function<Project*()> project)
    : TableActions(window, assignments, std::move(project))
    , m_details(new VisitDetailPanel(assignments))
{
    addAction(tr("Assign by hand…"), [this] { assignByHand(); });
    addAction(tr("Swap shoppers"), [this] { swap(); });
    auto* status = new QAction(tr("Fieldwork status"), this);
    auto* menu = new QMenu(window);
    for (VisitAction::Kind kind : {VisitAction::Accept, VisitAction::MarkDone, VisitAction::ReturnToPool, VisitAction::Cancel,
                                   VisitAction::Reinstate})
        menu->addAction(VisitAction::label(kind), this, [this, kind] { ask(kind); });
    status->setMenu(menu);
    assignments->addTableAction(status);
    addAction(VisitAction::label(VisitAction::Lock), [this] { apply(VisitAction::Lock, {}); });
    addAction(VisitAction::label(VisitAction::Unlock), [this] { apply(VisitAction::Unlock, {}); });
    addAction(tr("Export fieldwork lists…"), [this] { chooseExport(); });

    // The same actions on the selected rows' context menu.
    QTableView* view = assignments->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions(menu->actions());
    assignments->setDetailWidget(m_details);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VisitActions::showCurrent);
    connect(assignments, &TablePanel::refreshed, this, &VisitActions::showCurrent);
    connect(assignments, &TablePanel::loaded, this, &VisitActions::showCurrent);
}

void VisitActions::showCurrent()
{
    m_details->showVisit(m_project(), m_table->model()->keyAt(m_table->view()->currentIndex().row()));
}

void VisitActions::ask(VisitAction::Kind action)
{
    // A shopper who drops out and a cancelled visit deserve a reason in the history.
    QString note;
    if (action == VisitAction::ReturnToPool || action == VisitAction::Cancel) {
        bool ok = false;
        note = QInputDialog::getText(m_window, VisitAction::label(action), tr("Why (kept in the visits' history):"), QLineEdit::Normal,
                                     QString(), &ok);
        if (!ok)
            return;
    }
    apply(action, note);
}

bool VisitActions::apply(VisitAction::Kind action, const QString& note)
{
    Project* project = writableProject();
    const QList<qint64> visits = m_table->selectedKeys();
    if (!project || visits.isEmpty()) {
        MessageBox::warning(m_window, VisitAction::label(action), tr("Select one or more visits first."));
        return false;
    }
    QString error;
    if (!Command::changeVisits(project, visits, action, note, &error)) {
        MessageBox::warning(m_window, VisitAction::label(action), tr("Nothing changed: %1.").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(tr("%1: %n visit(s)", nullptr, int(visits.size())).arg(VisitAction::label(action)), 6000);
    return true;
}

void VisitActions::assignByHand()
{
    Project* project = writableProject();
    const QList<qint64> visits = m_table->selectedKeys();
    if (!project || visits.size() != 1) {
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Select one visit first."));
        return;
    }
    ShopperPickerDialog dialog(project, visits.first(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenCode().isEmpty())
        return;
    QString error;
    if (!Command::assignVisitByHand(project, visits.first(), dialog.chosenCode(), dialog.note(), &error))
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Nothing changed: %1.").arg(error));
}

void VisitActions::swap()
{
    Project* project = writableProject();
    const QList<qint64> visits = m_table->selectedKeys();
    if (!project || visits.size() != 2) {
        MessageBox::warning(m_window, tr("Swap shoppers"), tr("Select exactly two visits whose shoppers should change places."));
        return;
    }
    QString error;
    if (!Command::swapShoppers(project, visits.first(), visits.last(), &error))
        MessageBox::warning(m_window, tr("Swap shoppers"), tr("Nothing changed: %1.").arg(error));
}

void VisitActions::chooseExport()
{
    Project* project = m_project();
    if (!project)
        return;
    // The wave chosen in the filter, else the selected visit's.
    qint64 wave = m_table->model()->filter(QStringLiteral("wave")).toLongLong();
    if (wave <= 0) {
        QSqlQuery query(project->database());
        query.prepare(QStringLiteral("SELECT wave_id FROM visit WHERE id = ?"));
        query.addBindValue(m_table->model()->keyAt(m_table->view()->currentIndex().row()));
        if (query.exec() && query.next())
            wave = query.value(0).toLongLong();
    }
    if (wave <= 0) {
        MessageBox::warning(m_window, tr("Export fieldwork lists"), tr("Choose a wave in the filter, or select one of its visits."));
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Folder for the fieldwork lists"), LastDirectory::get());
    if (folder.isEmpty())
        return;
    LastDirectory::rememberFileIn(QDir(folder).filePath(QStringLiteral("x")));
    exportLists(wave, folder);
}

bool VisitActions::exportLists(qint64 waveId, const QString& folder)
{
    Project* project = m_project();
    if (!project)
        return false;
    QString error;
    const auto written = FieldworkLists::writeCsvFiles(project->database(), waveId, folder, &error);
    if (!written) {
        MessageBox::warning(m_window, tr("Export fieldwork lists"), tr("The lists were not written: %1").arg(error));
        return false;
    }
    const QString code = written->waveCode;
    // One PDF per shopper, to send each their own; thousands take a while: on a worker (text
    // layout and PDF writing need no GUI thread), with progress and Cancel.
    const auto lists = std::make_shared<const std::vector<std::vector<FieldworkLists::Visit>>>(FieldworkLists::byShopper(written->visits));
    const QString waveName = written->waveName;
    bool cancelled = false;
    BackgroundJob::run(
        m_window, tr("Writing the shoppers' lists of %1…").arg(code), true,
        [lists, code, waveName, folder](const std::atomic<bool>& cancel, const BackgroundJob::Progress& progress) {
            for (size_t i = 0; i < lists->size() && !cancel; ++i) {
                progress(int(i * 100 / lists->size()));
                const auto& list = (*lists)[i];
                QTextDocument document;
                document.setHtml(FieldworkLists::shopperListHtml(list, code, waveName));
                QPdfWriter writer(QDir(folder).filePath(FieldworkLists::pageFileName(code, list.front().shopperCode, QStringLiteral("pdf"))));
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setTitle(tr("Visits of %1 in %2").arg(list.front().shopperCode, code));
                document.print(&writer);
            }
            return ProjectError();
        },
        &cancelled);
    m_window->statusBar()->showMessage(cancelled ? tr("Export of the fieldwork lists of %1 cancelled; the files written so far stay in %2")
                                                       .arg(code, QDir::toNativeSeparators(folder))
                                                 : tr("Fieldwork sheet and the lists of %n shopper(s) written to %1", nullptr, int(lists->size()))
                                                       .arg(QDir::toNativeSeparators(folder)),
                                       10000);
    return !cancelled;
}
