#include "VisitActions.h"

#include "AssignmentSessionCache.h"
#include "AutoAssignDialog.h"
#include "ExplanationHtml.h"
#include "ShopperPickerDialog.h"
#include "VisitDetailPanel.h"
#include "review/ReportEntryDialog.h"
#include "areas/TablePanel.h"
#include "assignment/AssignmentSession.h"
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
#include <QTextDocument>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

VisitActions::VisitActions(QMainWindow* window, TablePanel* assignments, std::function<Project*()> project)
    : TableActions(window, assignments, std::move(project))
    , m_details(new VisitDetailPanel(assignments))
    , m_sessions(new AssignmentSessionCache(this))
{
    addAction(tr("Auto-assign…"), [this] { autoAssign(); });
    addAction(tr("Assign by hand…"), [this] { assignByHand(); });
    addAction(tr("Swap shoppers"), [this] { swapSelected(); });
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
    QAction* enter = addAction(tr("Enter report…"), [this] { enterReport(); });
    enter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    enter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    enter->setToolTip(tr("Type the selected visit's report from the shopper's paper or e-mail (Ctrl+E)"));

    // The same actions on the selected rows' context menu.
    QTableView* view = assignments->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addActions(menu->actions());
    // A double click on a visit opens its report, as the rest of the window opens what it lists.
    connect(view, &QTableView::doubleClicked, this, [this] { enterReport(); });
    assignments->setDetailWidget(m_details);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VisitActions::showCurrent);
    connect(assignments, &TablePanel::refreshed, this, &VisitActions::showCurrent);
    connect(assignments, &TablePanel::loaded, this, &VisitActions::showCurrent);
    connect(m_details, &VisitDetailPanel::explainRequested, this, &VisitActions::explainSelected);
}

void VisitActions::showCurrent()
{
    Project* project = m_project();
    const qint64 visit = m_table->model()->keyAt(m_table->view()->currentIndex().row());
    m_details->showVisit(project, visit);
    if (visit <= 0)
        return;
    // The explanation needs the wave read through the engine: shown at once when it is at hand.
    const auto session = m_sessions->current(project, AssignmentSessionCache::waveOfVisit(project, visit));
    const int index = session ? session->visitIndex(visit) : -1;
    m_details->showExplanation(index >= 0 ? ExplanationHtml::of(session->explainInFile(index)) : QString());
}

void VisitActions::explainSelected()
{
    Project* project = m_project();
    const qint64 visit = m_table->model()->keyAt(m_table->view()->currentIndex().row());
    if (!project || visit <= 0)
        return;
    QString error;
    const auto session = m_sessions->session(m_window, project, AssignmentSessionCache::waveOfVisit(project, visit), &error);
    if (!session) {
        m_details->showExplanation(tr("No explanation: %1.").arg(error.toHtmlEscaped()));
        return;
    }
    const int index = session->visitIndex(visit);
    m_details->showExplanation(index >= 0 ? ExplanationHtml::of(session->explainInFile(index))
                                          : tr("A cancelled visit gets no shopper."));
}

qint64 VisitActions::currentWave() const
{
    const qint64 wave = m_table->model()->filter(QStringLiteral("wave")).toLongLong();
    if (wave > 0)
        return wave;
    return AssignmentSessionCache::waveOfVisit(m_project(), m_table->model()->keyAt(m_table->view()->currentIndex().row()));
}

bool VisitActions::enterReport()
{
    Project* project = writableProject();
    const qint64 visit = m_table->model()->keyAt(m_table->view()->currentIndex().row());
    if (!project || visit <= 0)
        return false;
    if (!ReportEntryDialog::enter(m_window, project, visit))
        return false;
    m_window->statusBar()->showMessage(tr("Report of visit %1 saved; Undo takes it back.").arg(visit), 8000);
    return true;
}

void VisitActions::autoAssign()
{
    Project* project = writableProject();
    if (!project)
        return;
    AutoAssignDialog dialog(project, currentWave(), m_window);
    // The proposal is worked out as soon as the dialog shows; nothing is written before Assign.
    QTimer::singleShot(0, &dialog, &AutoAssignDialog::propose);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Shoppers assigned automatically; Undo takes the whole run back."), 8000);
}

bool VisitActions::confirmWarnings(const QString& title, const QStringList& warnings)
{
    if (warnings.isEmpty())
        return true;
    QString text = tr("The rules allow this choice, but:");
    for (const QString& warning : warnings)
        text += QStringLiteral("\n• ") + warning;
    text += QStringLiteral("\n\n") + tr("Go ahead anyway?");
    return MessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
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
    QString error;
    const auto session = m_sessions->session(m_window, project, AssignmentSessionCache::waveOfVisit(project, visits.first()), &error);
    const int visit = session ? session->visitIndex(visits.first()) : -1;
    if (visit < 0) {
        if (session)
            error = tr("visit %1 is cancelled").arg(visits.first());
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Nothing changed: %1.").arg(error));
        return;
    }
    ShopperPickerDialog dialog(*session, visit, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenCode().isEmpty())
        return;
    assignSelectedTo(dialog.chosenCode(), dialog.note());
}

bool VisitActions::assignSelectedTo(const QString& shopperCode, const QString& note)
{
    Project* project = writableProject();
    const QList<qint64> visits = m_table->selectedKeys();
    if (!project || visits.size() != 1) {
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Select one visit first."));
        return false;
    }
    QString error;
    const auto session = m_sessions->session(m_window, project, AssignmentSessionCache::waveOfVisit(project, visits.first()), &error);
    if (!session) {
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Nothing changed: %1.").arg(error));
        return false;
    }
    const int visit = session->visitIndex(visits.first());
    const int shopper = session->shopperIndexByCode(shopperCode);
    if (visit >= 0 && shopper >= 0) {
        const ChoiceCheck check = session->checkChoice(visit, shopper);
        if (!check.allowed()) {
            QStringList reasons;
            for (const auto& refusal : check.refusals)
                reasons << refusal.text;
            MessageBox::warning(m_window, tr("Assign by hand"),
                                tr("%1 may not take visit %2:\n%3\n\nNothing changed.").arg(shopperCode).arg(visits.first()).arg(reasons.join(QLatin1Char('\n'))));
            return false;
        }
        if (!confirmWarnings(tr("Assign by hand"), check.warnings))
            return false;
    }
    if (!Command::assignVisitByHand(project, visits.first(), shopperCode, note, &error)) {
        MessageBox::warning(m_window, tr("Assign by hand"), tr("Nothing changed: %1.").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(tr("Visit %1 assigned to %2 by hand").arg(visits.first()).arg(shopperCode), 6000);
    return true;
}

bool VisitActions::swapSelected()
{
    Project* project = writableProject();
    const QList<qint64> visits = m_table->selectedKeys();
    if (!project || visits.size() != 2) {
        MessageBox::warning(m_window, tr("Swap shoppers"), tr("Select exactly two visits whose shoppers should change places."));
        return false;
    }
    QString error;
    const auto session = m_sessions->session(m_window, project, AssignmentSessionCache::waveOfVisit(project, visits.first()), &error);
    if (!session) {
        MessageBox::warning(m_window, tr("Swap shoppers"), tr("Nothing changed: %1.").arg(error));
        return false;
    }
    const int first = session->visitIndex(visits.first());
    const int second = session->visitIndex(visits.last());
    // Visits of two waves, or without shoppers, are refused by the edit itself.
    if (first >= 0 && second >= 0) {
        const auto [firstCheck, secondCheck] = session->checkSwap(first, second);
        QStringList refusals;
        for (const ChoiceCheck* check : {&firstCheck, &secondCheck})
            for (const auto& refusal : check->refusals)
                refusals << refusal.text;
        if (!refusals.isEmpty()) {
            MessageBox::warning(m_window, tr("Swap shoppers"),
                                tr("The shoppers of visits %1 and %2 may not change places:\n%3\n\nNothing changed.")
                                    .arg(visits.first())
                                    .arg(visits.last())
                                    .arg(refusals.join(QLatin1Char('\n'))));
            return false;
        }
        if (!confirmWarnings(tr("Swap shoppers"), firstCheck.warnings + secondCheck.warnings))
            return false;
    }
    if (!Command::swapShoppers(project, visits.first(), visits.last(), &error)) {
        MessageBox::warning(m_window, tr("Swap shoppers"), tr("Nothing changed: %1.").arg(error));
        return false;
    }
    return true;
}

void VisitActions::chooseExport()
{
    Project* project = m_project();
    if (!project)
        return;
    const qint64 wave = currentWave();
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
