#include "ReviewActions.h"

#include "ReportDetailPanel.h"
#include "ReportEntryDialog.h"
#include "ReportImportDialog.h"
#include "commands/ReportCommands.h"
#include "widgets/LastDirectory.h"
#include "areas/TablePanel.h"
#include "commands/ReviewCommands.h"
#include "models/AreaTableModel.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "qc/QcChecker.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBox.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>

ReviewActions::ReviewActions(QMainWindow* window, TablePanel* reports, std::function<Project*()> project)
    : TableActions(window, reports, std::move(project))
    , m_details(new ReportDetailPanel(reports))
{
    addAction(tr("Approve"), [this] { decide(ReviewReportsCommand::Decision::Approve, {}); });
    addAction(tr("Send back…"), [this] { askReason(); });
    addAction(tr("Check the wave's reports"), [this] { checkCurrentWave(); });
    QAction* open = addAction(tr("Open report…"), [this] { openCurrent(); });
    open->setToolTip(tr("The selected report in the entry form: finish a draft or correct a report sent back"));
    connect(reports->view(), &QTableView::doubleClicked, this, [this] { openCurrent(); });
    addAction(tr("Import reports…"), [this] {
        const QString path = chooseImportFile(tr("Import reports"));
        if (!path.isEmpty())
            importFrom(path);
    });
    QTableView* view = reports->view();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    reports->setDetailWidget(m_details);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewActions::showCurrent);
    connect(reports, &TablePanel::refreshed, this, &ReviewActions::showCurrent);
    connect(reports, &TablePanel::loaded, this, &ReviewActions::showCurrent);
    connect(m_details, &ReportDetailPanel::checkRequested, this, &ReviewActions::checkCurrentWave);
}

bool ReviewActions::openCurrent()
{
    Project* project = writableProject();
    const qint64 response = currentResponse();
    if (!project || response <= 0)
        return false;
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT visit_id FROM response WHERE id = ?"));
    query.addBindValue(response);
    if (!query.exec() || !query.next())
        return false;
    return ReportEntryDialog::enter(m_window, project, query.value(0).toLongLong());
}

qint64 ReviewActions::currentResponse() const
{
    return m_table->model()->keyAt(m_table->view()->currentIndex().row());
}

qint64 ReviewActions::waveOfResponse(qint64 responseId) const
{
    Project* project = m_project();
    if (!project || responseId <= 0)
        return 0;
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT v.wave_id FROM response r JOIN visit v ON v.id = r.visit_id WHERE r.id = ?"));
    query.addBindValue(responseId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void ReviewActions::showCurrent()
{
    const qint64 response = currentResponse();
    m_details->showReport(m_project(), response);
    if (response > 0)
        m_details->showFlags(m_flagsProject == m_project() && m_flagsWave == waveOfResponse(response) ? flagsHtml(response) : QString());
}

QString ReviewActions::flagsHtml(qint64 responseId) const
{
    QString html;
    for (const QcFlag& flag : m_flags) {
        if (flag.responseId != responseId)
            continue;
        const QString mark = flag.severity == QcFlag::Severity::Serious ? QStringLiteral("<b style=\"color:#b3261e\">✖</b> ")
                                                                        : QStringLiteral("⚠ ");
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + mark + QStringLiteral("<b>%1</b>: ").arg(QcFlag::label(flag.kind).toHtmlEscaped())
                + flag.text.toHtmlEscaped();
    }
    return html.isEmpty() ? tr("No flags: nothing unusual found.") : html;
}

bool ReviewActions::checkCurrentWave()
{
    Project* project = m_project();
    const qint64 wave = waveOfResponse(currentResponse());
    if (!project || wave <= 0) {
        MessageBox::warning(m_window, tr("Check the wave's reports"), tr("Select a report of the wave first."));
        return false;
    }
    // Comparing every report with the others takes a few seconds for a large wave.
    auto flags = std::make_shared<std::optional<std::vector<QcFlag>>>();
    auto message = std::make_shared<QString>();
    const QString path = project->filePath();
    bool cancelled = false;
    const ProjectError failed = BackgroundJob::run(
        m_window, tr("Checking the wave's reports…"), false,
        [=](const std::atomic<bool>&, const BackgroundJob::Progress&) {
            ProjectConnection connection;
            ProjectError openError;
            if (!connection.open(path, true, &openError))
                return openError;
            *flags = QcChecker::check(connection.database(), wave, QcRules(), message.get());
            return ProjectError();
        },
        &cancelled);
    if (failed || cancelled || !*flags) {
        if (!cancelled)
            MessageBox::warning(m_window, tr("Check the wave's reports"),
                                tr("The reports were not checked: %1").arg(failed ? failed.message : *message));
        return false;
    }
    if (m_flagsProject != project) {
        if (m_flagsProject)
            disconnect(m_flagsProject, nullptr, this, nullptr);
        m_flagsProject = project;
        connect(project, &Project::dataChanged, this, &ReviewActions::forgetFlags);
    }
    m_flagsWave = wave;
    m_flags = std::move(**flags);
    m_window->statusBar()->showMessage(tr("%n flag(s) in the wave's reports", nullptr, int(m_flags.size())), 8000);
    showCurrent();
    return true;
}

void ReviewActions::forgetFlags()
{
    // Answers may have changed; the flags are worked out again when asked.
    m_flagsWave = 0;
    m_flags.clear();
}

void ReviewActions::askReason()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(m_window, tr("Send back"), tr("What the shopper should correct (kept with the decision):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (ok)
        decide(ReviewReportsCommand::Decision::SendBack, reason);
}

bool ReviewActions::decide(ReviewReportsCommand::Decision decision, const QString& reason)
{
    const QString title = decision == ReviewReportsCommand::Decision::Approve ? tr("Approve") : tr("Send back");
    Project* project = writableProject();
    const QList<qint64> responses = m_table->selectedKeys();
    if (!project || responses.isEmpty()) {
        MessageBox::warning(m_window, title, tr("Select one or more reports first."));
        return false;
    }
    QList<qint64> visits;
    QSqlQuery query(project->database());
    query.prepare(QStringLiteral("SELECT visit_id FROM response WHERE id = ?"));
    for (qint64 response : responses) {
        query.addBindValue(response);
        if (query.exec() && query.next())
            visits << query.value(0).toLongLong();
    }
    QString error;
    if (!Command::reviewReports(project, visits, decision, reason, Command::defaultReviewer(), &error)) {
        MessageBox::warning(m_window, title, tr("Nothing changed: %1.").arg(error));
        return false;
    }
    m_window->statusBar()->showMessage(decision == ReviewReportsCommand::Decision::Approve
                                           ? tr("Approved: %n report(s)", nullptr, int(visits.size()))
                                           : tr("Sent back: %n report(s)", nullptr, int(visits.size())),
                                       6000);
    return true;
}

bool ReviewActions::importFrom(const QString& path)
{
    Project* project = writableProject();
    if (!project)
        return false;
    LastDirectory::rememberFileIn(path);
    ReportImportDialog dialog(project, path, m_window);
    if (!confirmImport(dialog))
        return false;
    const QString fileName = QFileInfo(path).fileName();
    const ReportImport::Plan plan = dialog.plan();
    if (plan.reports.empty()) { // every report of the file is in the programme as it is
        m_window->statusBar()->showMessage(tr("%1 changes nothing: the programme already holds these reports.").arg(fileName), 8000);
        return true;
    }
    QString error;
    auto command = Command::reportImport(project, plan.reports, fileName, &error);
    return writeImport(project, std::move(command), error, fileName,
                       tr("Imported %1: %2 new, %3 changed, %4 unchanged reports")
                           .arg(fileName, QLocale().toString(plan.inserts), QLocale().toString(plan.updates),
                                QLocale().toString(plan.unchanged)));
}
