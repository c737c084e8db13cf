#include "PlanDialog.h"

#include "commands/PlanCommands.h"
#include "models/DomainLabels.h"
#include "planning/VisitGenerator.h"
#include "project/Project.h"
#include "project/ProjectConnection.h"
#include "widgets/BackgroundEdit.h"
#include "widgets/BackgroundJob.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QListWidget* checkList(QWidget* parent)
{
    auto* list = new QListWidget(parent);
    list->setMaximumHeight(110);
    return list;
}

void addCheckItem(QListWidget* list, const QString& text, const QString& code, bool checked)
{
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, code);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList checkedCodes(const QListWidget* list)
{
    QStringList codes;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->checkState() == Qt::Checked)
            codes << list->item(row)->data(Qt::UserRole).toString();
    return codes;
}

void setChecked(QListWidget* list, const QStringList& codes, bool emptyMeansAll)
{
    for (int row = 0; row < list->count(); ++row) {
        const bool on = codes.contains(list->item(row)->data(Qt::UserRole).toString()) || (emptyMeansAll && codes.isEmpty());
        list->item(row)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

// A quota in percent, or "as opening hours" when not set.
QSpinBox* quotaSpin(QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(-1, 100);
    spin->setValue(-1);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setSpecialValueText(PlanDialog::tr("by opening hours"));
    return spin;
}
} // namespace

PlanDialog::PlanDialog(Project* project, qint64 waveId, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_waveId(waveId)
{
    QSqlQuery wave(project->database());
    wave.prepare(QStringLiteral("SELECT code, name, starts_on, ends_on FROM wave WHERE id = ?"));
    wave.addBindValue(waveId);
    QString heading;
    if (wave.exec() && wave.next()) {
        m_waveCode = wave.value(0).toString();
        heading = tr("%1 — %2, %3 to %4")
                      .arg(wave.value(0).toString(), wave.value(1).toString(),
                           QLocale().toString(QDate::fromString(wave.value(2).toString(), Qt::ISODate), QLocale::ShortFormat),
                           QLocale().toString(QDate::fromString(wave.value(3).toString(), Qt::ISODate), QLocale::ShortFormat));
    }
    setWindowTitle(tr("Generate Visits — %1").arg(m_waveCode));
    buildForm();
    auto* title = new QLabel(heading, this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout()->setContentsMargins(10, 10, 10, 10);
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, title);

    QString source, error;
    if (auto stored = PlanRules::forWave(project->database(), waveId, &source, &error))
        setRules(*stored);
    resize(1100, 720);
    preview();
}

void PlanDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* formLayout = new QVBoxLayout(form);

    // Which locations.
    auto* locations = new QGroupBox(tr("Locations"), form);
    auto* locationForm = new QFormLayout(locations);
    m_channels = checkList(locations);
    QSqlQuery query(m_project->database());
    QStringList presentChannels;
    query.exec(QStringLiteral("SELECT channel, count(*) FROM location GROUP BY channel ORDER BY count(*) DESC"));
    while (query.next())
        presentChannels << query.value(0).toString();
    for (const QString& channel : std::as_const(presentChannels))
        addCheckItem(m_channels, DomainLabels::label(DomainLabels::Channel, channel), channel, true);
    locationForm->addRow(tr("Channels:"), m_channels);
    m_regions = checkList(locations);
    query.exec(QStringLiteral("SELECT name FROM geo_unit WHERE level = 'region' ORDER BY name"));
    while (query.next())
        addCheckItem(m_regions, query.value(0).toString(), query.value(0).toString(), false);
    m_regions->setToolTip(tr("None ticked: every region."));
    locationForm->addRow(tr("Regions (none = all):"), m_regions);
    m_competitors = new QComboBox(locations);
    m_competitors->addItem(tr("Own locations only"), QStringLiteral("exclude"));
    m_competitors->addItem(tr("Own and competitors"), QStringLiteral("include"));
    m_competitors->addItem(tr("Competitors only"), QStringLiteral("only"));
    locationForm->addRow(tr("Competitors:"), m_competitors);
    m_activeOnly = new QCheckBox(tr("Active locations only"), locations);
    m_activeOnly->setChecked(true);
    locationForm->addRow(QString(), m_activeOnly);
    formLayout->addWidget(locations);

    // How many visits each.
    auto* counts = new QGroupBox(tr("Visits per location"), form);
    auto* countLayout = new QVBoxLayout(counts);
    m_countMode = new QComboBox(counts);
    m_countMode->addItem(tr("A fixed number per channel"));
    m_countMode->addItem(tr("By staff count"));
    m_countMode->addItem(tr("By size class"));
    countLayout->addWidget(m_countMode);
    m_countPages = new QStackedWidget(counts);
    auto* fixed = new QWidget(m_countPages);
    auto* fixedForm = new QFormLayout(fixed);
    for (const QString& channel : std::as_const(presentChannels)) {
        auto* spin = new QSpinBox(fixed);
        spin->setRange(0, 1000);
        spin->setValue(1);
        m_channelCounts.insert(channel, spin);
        fixedForm->addRow(DomainLabels::label(DomainLabels::Channel, channel) + QLatin1Char(':'), spin);
    }
    m_countPages->addWidget(fixed);
    auto* staff = new QWidget(m_countPages);
    auto* staffForm = new QFormLayout(staff);
    m_staffPerVisit = new QSpinBox(staff);
    m_staffPerVisit->setRange(1, 100000);
    m_staffPerVisit->setValue(5);
    m_staffPerVisit->setPrefix(tr("one visit per "));
    m_staffPerVisit->setSuffix(tr(" staff"));
    m_minCount = new QSpinBox(staff);
    m_minCount->setRange(0, 1000);
    m_maxCount = new QSpinBox(staff);
    m_maxCount->setRange(0, 1000);
    m_maxCount->setValue(10);
    staffForm->addRow(tr("Visits:"), m_staffPerVisit);
    staffForm->addRow(tr("At least:"), m_minCount);
    staffForm->addRow(tr("At most:"), m_maxCount);
    m_countPages->addWidget(staff);
    auto* size = new QWidget(m_countPages);
    auto* sizeForm = new QFormLayout(size);
    m_sizeCounts = new QLineEdit(size);
    m_sizeCounts->setPlaceholderText(tr("e.g. S=1, M=2, L=4"));
    m_defaultSizeCount = new QSpinBox(size);
    m_defaultSizeCount->setRange(0, 1000);
    m_defaultSizeCount->setValue(1);
    sizeForm->addRow(tr("Per size class:"), m_sizeCounts);
    sizeForm->addRow(tr("Other sizes:"), m_defaultSizeCount);
    m_countPages->addWidget(size);
    countLayout->addWidget(m_countPages);
    connect(m_countMode, &QComboBox::currentIndexChanged, m_countPages, &QStackedWidget::setCurrentIndex);
    formLayout->addWidget(counts);

    // Which scenarios.
    auto* scenarios = new QGroupBox(tr("Scenarios"), form);
    auto* scenarioForm = new QFormLayout(scenarios);
    m_allocation = new QComboBox(scenarios);
    m_allocation->addItem(tr("Rotate across the waves"), QStringLiteral("rotation"));
    m_allocation->addItem(tr("The same every wave"), QStringLiteral("fixed"));
    scenarioForm->addRow(tr("Allocation:"), m_allocation);
    m_scenarios = checkList(scenarios);
    query.exec(QStringLiteral("SELECT s.code, s.channel, (SELECT t.title FROM scenario_text t WHERE t.scenario_id = s.id "
                              "AND t.language = (SELECT source_language FROM programme)) FROM scenario s WHERE s.active = 1 "
                              "ORDER BY s.code"));
    while (query.next())
        addCheckItem(m_scenarios,
                     QStringLiteral("%1 — %2 (%3)").arg(query.value(0).toString(), query.value(2).toString(),
                                                       DomainLabels::label(DomainLabels::Channel, query.value(1).toString())),
                     query.value(0).toString(), true);
    scenarioForm->addRow(tr("Play:"), m_scenarios);
    formLayout->addWidget(scenarios);

    // Quotas.
    auto* quotas = new QGroupBox(tr("Quotas"), form);
    auto* quotaLayout = new QHBoxLayout(quotas);
    auto* weekdayForm = new QFormLayout;
    for (int day = 1; day <= 7; ++day) {
        m_weekdays.insert(day, quotaSpin(quotas));
        weekdayForm->addRow(QLocale().dayName(day, QLocale::LongFormat) + QLatin1Char(':'), m_weekdays.value(day));
    }
    quotaLayout->addLayout(weekdayForm);
    auto* daypartForm = new QFormLayout;
    for (const QString& part : PlanRules::daypartCodes()) {
        m_dayparts.insert(part, quotaSpin(quotas));
        daypartForm->addRow(DomainLabels::label(DomainLabels::Daypart, part) + QLatin1Char(':'), m_dayparts.value(part));
    }
    m_evenWeeks = new QCheckBox(tr("Evenly across the weeks"), quotas);
    m_evenWeeks->setChecked(true);
    daypartForm->addRow(QString(), m_evenWeeks);
    quotaLayout->addLayout(daypartForm);
    formLayout->addWidget(quotas);

    auto* run = new QGroupBox(tr("Generation"), form);
    auto* runForm = new QFormLayout(run);
    m_seed = new QSpinBox(run);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed and rules always give the same visits."));
    runForm->addRow(tr("Seed:"), m_seed);
    m_store = new QComboBox(run);
    m_store->addItem(tr("Keep these rules for this wave"), int(GenerateVisitsCommand::StoreRules::ForWave));
    m_store->addItem(tr("Keep them as the default for every wave"), int(GenerateVisitsCommand::StoreRules::ForProgramme));
    m_store->addItem(tr("Do not keep them"), int(GenerateVisitsCommand::StoreRules::No));
    runForm->addRow(tr("Rules:"), m_store);
    formLayout->addWidget(run);
    formLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(form->sizeHint().width() + 24);

    // The proposal.
    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    m_summary = new QLabel(result);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    resultLayout->addWidget(m_summary);
    auto* scopeRow = new QHBoxLayout;
    scopeRow->addWidget(new QLabel(tr("Quota check for:"), result));
    m_scope = new QComboBox(result);
    scopeRow->addWidget(m_scope, 1);
    resultLayout->addLayout(scopeRow);
    m_checks = new QStandardItemModel(0, 4, this);
    m_checks->setHorizontalHeaderLabels({tr("Quota"), tr("Asked"), tr("Achieved"), tr("Holds")});
    m_checkView = new QTableView(result);
    m_checkView->setModel(m_checks);
    m_checkView->verticalHeader()->hide();
    m_checkView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checkView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkView->setAlternatingRowColors(true);
    resultLayout->addWidget(m_checkView, 1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &PlanDialog::showChecks);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(result);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* previewButton = m_buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_generate = m_buttons->addButton(tr("Generate"), QDialogButtonBox::AcceptRole);
    m_generate->setEnabled(false);
    connect(previewButton, &QPushButton::clicked, this, &PlanDialog::preview);
    connect(m_generate, &QPushButton::clicked, this, &PlanDialog::generate);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    // Any change of the rules makes the shown proposal stale.
    for (QListWidget* list : {m_channels, m_regions, m_scenarios})
        connect(list, &QListWidget::itemChanged, this, &PlanDialog::rulesEdited);
    for (QComboBox* combo : {m_competitors, m_countMode, m_allocation})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlanDialog::rulesEdited);
    for (QCheckBox* box : {m_activeOnly, m_evenWeeks})
        connect(box, &QCheckBox::toggled, this, &PlanDialog::rulesEdited);
    QList<QSpinBox*> spins = {m_staffPerVisit, m_minCount, m_maxCount, m_defaultSizeCount, m_seed};
    spins << m_channelCounts.values() << m_weekdays.values() << m_dayparts.values();
    for (QSpinBox* spin : spins)
        connect(spin, &QSpinBox::valueChanged, this, &PlanDialog::rulesEdited);
    connect(m_sizeCounts, &QLineEdit::textEdited, this, &PlanDialog::rulesEdited);
}

std::optional<PlanRules> PlanDialog::rules(QString* problem) const
{
    PlanRules rules;
    rules.channels = checkedCodes(m_channels);
    if (rules.channels.size() == m_channels->count())
        rules.channels.clear(); // all of them, including channels added later
    rules.regions = checkedCodes(m_regions);
    const QString competitors = m_competitors->currentData().toString();
    rules.competitors = competitors == QLatin1String("include") ? PlanRules::Competitors::Include
                        : competitors == QLatin1String("only")  ? PlanRules::Competitors::Only
                                                                : PlanRules::Competitors::Exclude;
    rules.activeOnly = m_activeOnly->isChecked();
    switch (m_countMode->currentIndex()) {
    case 0: {
        rules.countMode = PlanRules::CountMode::Fixed;
        // The most common channel's count is the rule; the others are exceptions to it.
        const QString mostCommon = m_channels->count() > 0 ? m_channels->item(0)->data(Qt::UserRole).toString() : QString();
        rules.count = m_channelCounts.contains(mostCommon) ? m_channelCounts.value(mostCommon)->value() : 1;
        for (auto it = m_channelCounts.begin(); it != m_channelCounts.end(); ++it)
            if (it.value()->value() != rules.count)
                rules.countByChannel.insert(it.key(), it.value()->value());
        break;
    }
    case 1:
        rules.countMode = PlanRules::CountMode::ByStaff;
        rules.staffPerVisit = m_staffPerVisit->value();
        rules.minCount = m_minCount->value();
        rules.maxCount = m_maxCount->value();
        break;
    default:
        rules.countMode = PlanRules::CountMode::BySizeClass;
        for (const QString& pair : m_sizeCounts->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int count = pair.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            const QString sizeClass = pair.section(QLatin1Char('='), 0, 0).trimmed();
            if (!pair.contains(QLatin1Char('=')) || !ok || count < 0 || sizeClass.isEmpty()) {
                if (problem)
                    *problem = tr("Per size class: “%1” should look like M=2").arg(pair.trimmed());
                return std::nullopt;
            }
            rules.countBySize.insert(sizeClass, count);
        }
        rules.defaultSizeCount = m_defaultSizeCount->value();
        break;
    }
    rules.allocation = m_allocation->currentData().toString() == QLatin1String("fixed") ? PlanRules::Allocation::Fixed
                                                                                       : PlanRules::Allocation::Rotation;
    rules.scenarios = checkedCodes(m_scenarios);
    if (rules.scenarios.isEmpty()) {
        if (problem)
            *problem = tr("Scenarios: tick at least one");
        return std::nullopt;
    }
    if (rules.scenarios.size() == m_scenarios->count())
        rules.scenarios.clear(); // every active one
    for (auto it = m_weekdays.begin(); it != m_weekdays.end(); ++it)
        if (it.value()->value() >= 0)
            rules.weekdayShares.insert(it.key(), it.value()->value() / 100.0);
    for (auto it = m_dayparts.begin(); it != m_dayparts.end(); ++it)
        if (it.value()->value() >= 0)
            rules.daypartShares.insert(it.key(), it.value()->value() / 100.0);
    rules.evenWeeks = m_evenWeeks->isChecked();
    const QString why = rules.problem();
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    return rules;
}

void PlanDialog::setRules(const PlanRules& rules)
{
    setChecked(m_channels, rules.channels, true);
    setChecked(m_regions, rules.regions, false);
    m_competitors->setCurrentIndex(int(rules.competitors == PlanRules::Competitors::Include ? 1
                                       : rules.competitors == PlanRules::Competitors::Only  ? 2
                                                                                            : 0));
    m_activeOnly->setChecked(rules.activeOnly);
    m_countMode->setCurrentIndex(int(rules.countMode));
    for (auto it = m_channelCounts.begin(); it != m_channelCounts.end(); ++it)
        it.value()->setValue(rules.countByChannel.value(it.key(), rules.count));
    m_staffPerVisit->setValue(rules.staffPerVisit);
    m_minCount->setValue(rules.minCount);
    m_maxCount->setValue(rules.maxCount);
    QStringList sizes;
    for (auto it = rules.countBySize.begin(); it != rules.countBySize.end(); ++it)
        sizes << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    m_sizeCounts->setText(sizes.join(QStringLiteral(", ")));
    m_defaultSizeCount->setValue(rules.defaultSizeCount);
    m_allocation->setCurrentIndex(rules.allocation == PlanRules::Allocation::Fixed ? 1 : 0);
    setChecked(m_scenarios, rules.scenarios, true);
    for (auto it = m_weekdays.begin(); it != m_weekdays.end(); ++it)
        it.value()->setValue(rules.weekdayShares.contains(it.key()) ? int(std::lround(rules.weekdayShares.value(it.key()) * 100)) : -1);
    for (auto it = m_dayparts.begin(); it != m_dayparts.end(); ++it)
        it.value()->setValue(rules.daypartShares.contains(it.key()) ? int(std::lround(rules.daypartShares.value(it.key()) * 100)) : -1);
    m_evenWeeks->setChecked(rules.evenWeeks);
}

void PlanDialog::rulesEdited()
{
    m_proposal.reset();
    m_generate->setEnabled(false);
    m_summary->setText(tr("The rules changed: <b>Preview</b> to see the visits they give."));
}

QString PlanDialog::problem() const
{
    return m_problem;
}

void PlanDialog::preview()
{
    if (m_running)
        return;
    m_proposal.reset();
    m_generate->setEnabled(false);
    QString problem;
    const auto rules = this->rules(&problem);
    if (!rules) {
        m_problem = problem;
        showProposal();
        emit previewReady();
        return;
    }
    m_running = true;
    m_summary->setText(tr("Working out the visits…"));
    // The generator reads thousands of locations and places tens of thousands of visits:
    // on a worker thread with a connection of its own.
    auto result = std::make_shared<std::optional<PlanProposal>>();
    auto message = std::make_shared<QString>();
    const QString path = m_project->filePath();
    const QString wave = m_waveCode;
    const PlanRules chosen = *rules;
    const quint64 seed = quint64(m_seed->value());
    auto* job = BackgroundJob::start(this, tr("Generating the visits of %1…").arg(wave), true,
                                     [=](const std::atomic<bool>& cancelled, const BackgroundJob::Progress& progress) {
                                         ProjectConnection connection;
                                         ProjectError error;
                                         if (!connection.open(path, true, &error))
                                             return error;
                                         *result = VisitGenerator::propose(connection.database(), wave, chosen, seed, message.get(),
                                                                           &cancelled, progress);
                                         return ProjectError();
                                     });
    connect(job, &BackgroundJob::finished, this, [this, job, result, message] {
        m_running = false;
        if (job->error())
            m_problem = job->error().message;
        else if (job->wasCancelled())
            m_problem = tr("The preview was cancelled.");
        else
            m_problem = *message;
        m_proposal = *result;
        showProposal();
        emit previewReady();
    });
}

void PlanDialog::showProposal()
{
    m_scope->blockSignals(true);
    m_scope->clear();
    m_checks->removeRows(0, m_checks->rowCount());
    if (!m_proposal) {
        m_summary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(
            tr("No visits can be generated: %1").arg(m_problem.toHtmlEscaped())));
        m_scope->blockSignals(false);
        return;
    }
    const PlanProposal& proposal = *m_proposal;
    QString text = tr("<b>%n new visit(s)</b> at ", nullptr, int(proposal.visits.size()))
                   + tr("%n location(s); ", nullptr, proposal.locations)
                   + tr("%n planned visit(s) replaced, ", nullptr, int(proposal.replacedVisits.size()))
                   + tr("%n kept (assigned, done or locked).", nullptr, proposal.keptVisits);
    text += QStringLiteral("<br>") + tr("Fieldwork budget: %1").arg(QLocale().toString(proposal.budget, 'f', 2));
    text += QStringLiteral("<br>")
            + (proposal.quotasHold() ? tr("Every quota of the wave holds within one visit.")
                                     : QStringLiteral("<span style='color:#b00020'>%1</span>")
                                           .arg(tr("Some quotas miss by more than one visit: see the check below.")));
    for (const QString& note : proposal.notes)
        text += QStringLiteral("<br>• ") + note.toHtmlEscaped();
    m_summary->setText(text);

    QStringList scopes;
    for (const PlanProposal::Check& check : proposal.checks)
        if (!scopes.contains(check.scope))
            scopes << check.scope; // the whole wave comes first
    for (const QString& scope : std::as_const(scopes))
        m_scope->addItem(PlanProposal::Check::scopeLabel(scope), scope);
    m_scope->blockSignals(false);
    showChecks();
    m_generate->setEnabled(!m_project->isReadOnly());
}

void PlanDialog::showChecks()
{
    m_checks->removeRows(0, m_checks->rowCount());
    if (!m_proposal)
        return;
    const QString scope = m_scope->currentData().toString();
    for (const PlanProposal::Check& check : m_proposal->checks) {
        if (check.scope != scope)
            continue;
        auto* asked = new QStandardItem(QLocale().toString(check.asked, 'f', 1));
        auto* achieved = new QStandardItem(QLocale().toString(check.achieved));
        auto* holds = new QStandardItem(check.holds() ? tr("✓ yes") : tr("✗ no"));
        for (QStandardItem* item : {asked, achieved})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        holds->setForeground(check.holds() ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
        m_checks->appendRow({new QStandardItem(check.cellLabel()), asked, achieved, holds});
    }
    m_checkView->resizeColumnsToContents();
    m_checkView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void PlanDialog::generate()
{
    if (!m_proposal)
        return;
    QString error;
    const auto store = GenerateVisitsCommand::StoreRules(m_store->currentData().toInt());
    auto command = Command::visitGeneration(m_project, *m_proposal, store, &error);
    bool cancelled = false;
    if (!command
        || !BackgroundEdit::push(this, m_project, tr("Writing the visits of %1…").arg(m_proposal->waveCode), std::move(command),
                                 &error, &cancelled)) {
        if (!cancelled)
            MessageBox::warning(this, tr("No visits generated"), error);
        return;
    }
    accept();
}
