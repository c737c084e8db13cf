#include "VisitActions.h"

#include "ShopperPickerDialog.h"
#include "VisitDetailPanel.h"
#include "areas/TablePanel.h"
#include "commands/VisitCommands.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "widgets/MessageBox.h"

#include <QAction>
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
