#include "AutoAssignDialog.h"

#include "AssignmentProposalModel.h"
#include "ExplanationHtml.h"
#include "assignment/AssignmentSession.h"
#include "commands/AssignmentCommands.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "widgets/BackgroundEdit.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

AutoAssignDialog::AutoAssignDialog(Project* project, qint64 waveId, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_wave(new QComboBox(this))
    , m_replan(new QCheckBox(tr("Plan again the visits assigned automatically earlier that nobody accepted, changed or locked since"), this))
    , m_proposeButton(new QPushButton(tr("Propose"), this))
    , m_summary(new QLabel(this))
    , m_reasons(new QTableWidget(this))
    , m_proposal(new QTableView(this))
    , m_model(new AssignmentProposalModel(this))
    , m_explanation(new QLabel(this))
{
    setWindowTitle(tr("Auto-assign"));
    resize(1240, 720);
    // Only waves whose fieldwork is not over get shoppers.
    QSqlQuery waves(project->database());
    waves.exec(QStringLiteral("SELECT id, code, name FROM wave WHERE status NOT IN ('closed', 'reported') ORDER BY starts_on, id"));
    while (waves.next())
        m_wave->addItem(tr("%1 · %2").arg(waves.value(1).toString(), waves.value(2).toString()), waves.value(0));
    m_wave->setCurrentIndex(std::max(0, m_wave->findData(waveId)));
    m_replan->setChecked(true);
    m_replan->setToolTip(tr("Visits assigned by hand, accepted, done or locked always keep their shopper."));

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_reasons->setColumnCount(3);
    m_reasons->setHorizontalHeaderLabels({tr("Why no shopper"), tr("Visits"), tr("For example")});
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_reasons->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposal->setModel(m_model);
    m_proposal->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_proposal->setSelectionMode(QAbstractItemView::SingleSelection);
    m_proposal->setAlternatingRowColors(true);
    m_proposal->verticalHeader()->hide();
    m_proposal->horizontalHeader()->setSectionResizeMode(AssignmentProposalModel::WhyNone, QHeaderView::Stretch);
    m_proposal->verticalHeader()->setDefaultSectionSize(m_proposal->fontMetrics().height() + 6);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMargin(6);
    auto* explanationArea = new QScrollArea(this);
    explanationArea->setWidget(m_explanation);
    explanationArea->setWidgetResizable(true);
    explanationArea->setMinimumWidth(280);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_proposal, tr("Proposal"));
    tabs->addTab(m_reasons, tr("Reasons"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(tabs);
    splitter->addWidget(explanationArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({880, 320});

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Wave:"), this));
    top->addWidget(m_wave, 1);
    top->addWidget(m_proposeButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_assignButton = buttons->addButton(tr("Assign"), QDialogButtonBox::AcceptRole);
    m_assignButton->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_replan);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_proposeButton, &QPushButton::clicked, this, &AutoAssignDialog::propose);
    connect(m_wave, &QComboBox::currentIndexChanged, this, &AutoAssignDialog::forgetProposal);
    connect(m_replan, &QCheckBox::toggled, this, &AutoAssignDialog::forgetProposal);
    connect(m_proposal->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AutoAssignDialog::explainCurrent);
    connect(m_reasons, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_reasons->rowCount())
            selectVisit(m_reasons->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_assignButton, &QPushButton::clicked, this, &AutoAssignDialog::assign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    forgetProposal();
    if (m_wave->count() == 0) {
        m_summary->setText(tr("Every wave's fieldwork is over: there is nothing to assign."));
        m_proposeButton->setEnabled(false);
    }
}

AutoAssignDialog::~AutoAssignDialog() = default;

void AutoAssignDialog::forgetProposal()
{
    m_model->clear();
    m_reasons->setRowCount(0);
    m_session.reset();
    m_result.reset();
    m_unassigned.clear();
    m_changes = 0;
    m_assignButton->setEnabled(false);
    m_assignButton->setText(tr("Assign"));
    m_explanation->setText(QString());
    m_summary->setText(tr("Propose works out the cheapest way to give as many open visits as possible a shopper under the "
                          "programme's rules. Nothing is written until you choose Assign."));
}

bool AutoAssignDialog::propose()
{
    forgetProposal();
    const qint64 waveId = m_wave->currentData().toLongLong();
    if (waveId <= 0)
        return false;
    struct Outcome
    {
        std::unique_ptr<AssignmentSession> session;
        std::optional<AssignmentResult> result;
        std::vector<VisitExplanation> unassigned;
        QString error;
        qint64 milliseconds = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString path = m_project->filePath();
    AssignmentLoader::Options options;
    options.replanAutoAssigned = m_replan->isChecked();
    bool cancelled = false;
    const ProjectError failed = BackgroundJob::run(
        this, tr("Assigning the visits of %1…").arg(m_wave->currentText()), true,
        [outcome, path, waveId, options](const std::atomic<bool>& cancel, const BackgroundJob::Progress& progress) {
            QElapsedTimer timer;
            timer.start();
            ProjectConnection connection;
            ProjectError openError;
            if (!connection.open(path, true, &openError))
                return openError;
            // Reading the wave is about half the work, solving most of the rest.
            outcome->session = AssignmentSession::load(connection.database(), waveId, std::nullopt, options, 1, &cancel,
                                                       [&](int percent) { progress(percent / 2); }, &outcome->error);
            if (!outcome->session)
                return ProjectError();
            outcome->result = outcome->session->solve(AssignmentSolver::Options(), &cancel,
                                                      [&](int percent) { progress(50 + percent * 4 / 10); }, &outcome->error);
            if (!outcome->result || cancel)
                return ProjectError();
            progress(90);
            outcome->unassigned = outcome->session->explainer(*outcome->result).unassignedExplanations();
            outcome->milliseconds = timer.elapsed();
            progress(100);
            return ProjectError();
        },
        &cancelled);
    if (failed || cancelled || !outcome->session || !outcome->result) {
        m_summary->setText(cancelled ? tr("Cancelled; nothing was proposed or written.")
                                     : tr("No proposal: %1").arg((failed ? failed.message : outcome->error).toHtmlEscaped()));
        return false;
    }
    m_session = std::shared_ptr<const AssignmentSession>(std::move(outcome->session));
    m_result = std::make_shared<const AssignmentResult>(std::move(*outcome->result));
    m_unassigned = std::move(outcome->unassigned);
    m_changes = int(Command::assignmentChanges(m_session->problem(), *m_result).size());
    showProposal();
    return true;
}

void AutoAssignDialog::showProposal()
{
    const QLocale locale;
    const AssignmentResult& result = *m_result;
    QString text = tr("<b>%1 of %2 open visits get a shopper</b>; %3 stay without one.")
                       .arg(locale.toString(result.assignedCount()), locale.toString(result.openVisits),
                            locale.toString(qint64(result.unassigned.size())));
    text += QLatin1Char(' ') + tr("Total cost %1 points").arg(locale.toString(CostBreakdown::points(result.totalCost), 'f', 2));
    text += QLatin1Char(' ')
            + (result.provenOptimal ? tr("(optimal, proven).")
                                    : tr("(the best found; no assignment can give more than %1 visits a shopper or cost less than %2 "
                                         "with as many).")
                                          .arg(locale.toString(result.boundAssigned),
                                               locale.toString(CostBreakdown::points(result.boundCost), 'f', 2)));
    text += QStringLiteral("<br>")
            + (m_changes > 0 ? tr("Assign changes %Ln visit(s); it is one step you can undo.", nullptr, m_changes)
                             : tr("The file has these shoppers already: nothing to change."));
    m_summary->setText(text);
    m_model->setProposal(m_session, m_result, m_unassigned);
    m_proposal->resizeColumnsToContents();
    // Long branch names would push the shopper and the cost out of sight.
    m_proposal->setColumnWidth(AssignmentProposalModel::Name, std::min(m_proposal->columnWidth(AssignmentProposalModel::Name), 260));
    m_proposal->horizontalHeader()->setSectionResizeMode(AssignmentProposalModel::WhyNone, QHeaderView::Stretch);

    const auto reasons = AssignmentExplainer::reasons(m_unassigned);
    m_reasons->setRowCount(int(reasons.size()));
    for (int row = 0; row < int(reasons.size()); ++row) {
        const auto& reason = reasons[size_t(row)];
        auto* rule = new QTableWidgetItem(AssignmentExplainer::reasonLabel(reason.rule));
        rule->setData(Qt::UserRole, m_session->problem().visits[size_t(reason.example.visit)].id);
        m_reasons->setItem(row, 0, rule);
        auto* count = new QTableWidgetItem(locale.toString(reason.visits));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->setItem(row, 1, count);
        m_reasons->setItem(row, 2, new QTableWidgetItem(reason.example.text));
        m_reasons->item(row, 2)->setToolTip(reason.example.text);
    }
    m_reasons->resizeColumnToContents(0);
    m_assignButton->setEnabled(m_changes > 0);
    m_assignButton->setText(m_changes > 0 ? tr("Assign %Ln visit(s)", nullptr, m_changes) : tr("Assign"));
    if (m_model->rowCount() > 0)
        m_proposal->selectRow(0);
}

void AutoAssignDialog::explainCurrent()
{
    const int visit = m_model->visitAt(m_proposal->currentIndex().row());
    if (visit < 0 || !m_session) {
        m_explanation->setText(QString());
        return;
    }
    // The unassigned visits were explained on the worker; an assignment's reason is quick.
    const auto found = std::find_if(m_unassigned.begin(), m_unassigned.end(), [visit](const VisitExplanation& why) { return why.visit == visit; });
    const VisitExplanation why = found != m_unassigned.end() ? *found : m_session->explainer(*m_result).explain(visit);
    const auto& v = m_session->problem().visits[size_t(visit)];
    const auto& location = m_session->problem().locations[size_t(v.location)];
    m_explanation->setText(tr("<b>Visit %1</b> · %2 %3").arg(v.id).arg(location.code.toHtmlEscaped(), location.name.toHtmlEscaped())
                           + QStringLiteral("<br>") + ExplanationHtml::of(why));
}

bool AutoAssignDialog::selectVisit(qint64 visitId)
{
    const int row = m_model->rowOfVisitId(visitId);
    if (row < 0)
        return false;
    m_proposal->selectRow(row);
    m_proposal->scrollTo(m_model->index(row, 0));
    return true;
}

bool AutoAssignDialog::assign()
{
    if (!m_session || !m_result || m_changes == 0)
        return false;
    QString error;
    auto command = Command::assignment(m_project, m_session->problem(), *m_result, &error);
    bool cancelled = false;
    if (!command
        || !BackgroundEdit::push(this, m_project, tr("Writing the shoppers of %Ln visit(s)…", nullptr, m_changes), std::move(command), &error,
                                 &cancelled)) {
        if (!cancelled)
            MessageBox::warning(this, tr("Auto-assign"), tr("Nothing was written: %1.").arg(error));
        return false;
    }
    accept();
    return true;
}

QString AutoAssignDialog::summaryText() const
{
    return m_summary->text();
}

QString AutoAssignDialog::explanationText() const
{
    return m_explanation->text();
}
