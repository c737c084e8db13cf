#include "PlanSummaryView.h"

#include "PlanSummaryModel.h"
#include "SampleSizeCalculator.h"
#include "project/ProjectConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kAllWaves = -1;

QString pointsText(const QLocale& locale, const std::optional<double>& margin)
{
    return margin ? PlanSummaryView::tr("±%1 pts").arg(locale.toString(*margin * 100.0, 'f', 1))
                  : QStringLiteral("—");
}
} // namespace

PlanSummaryView::PlanSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_wave(new QComboBox(this))
    , m_sampleSizes(new QPushButton(tr("Sample sizes…"), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_model(new PlanSummaryModel(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
    , m_levels(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_swatch(new QLabel(this))
{
    m_wave->setObjectName(QStringLiteral("planSummaryWave"));
    m_wave->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sampleSizes->setObjectName(QStringLiteral("sampleSizes"));
    m_sampleSizes->setToolTip(
        tr("How many visits a cell needs: the calculator, starting from the selected row."));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* chooser = new QHBoxLayout;
    auto* waveLabel = new QLabel(tr("&Wave:"), this);
    waveLabel->setBuddy(m_wave);
    chooser->addWidget(waveLabel);
    chooser->addWidget(m_wave);
    chooser->addSpacing(16);
    chooser->addWidget(new QLabel(tr("Group by:"), this));
    const QHash<PlanSummary::Dimension, QString> labels {
        { PlanSummary::Wave, tr("W&ave") },         { PlanSummary::Region, tr("&Region") },
        { PlanSummary::Scenario, tr("&Scenario") }, { PlanSummary::Channel, tr("&Channel") },
        { PlanSummary::Location, tr("&Location") },
    };
    for (PlanSummary::Dimension dimension : PlanSummary::allDimensions()) {
        auto* box = new QCheckBox(labels.value(dimension), this);
        box->setObjectName(QStringLiteral("groupBy_") + PlanSummary::dimensionKey(dimension));
        // Wave (when all waves are shown), region and scenario: the plan as it is usually read.
        box->setChecked(dimension == PlanSummary::Wave || dimension == PlanSummary::Region
                        || dimension == PlanSummary::Scenario);
        m_groups.insert(dimension, box);
        chooser->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            // Other columns: sort them afresh, in the natural order.
            m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
            load();
        });
    }
    chooser->addStretch(1);
    chooser->addWidget(m_status);
    chooser->addWidget(m_sampleSizes);

    m_table->setObjectName(QStringLiteral("planSummaryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_empty->setObjectName(QStringLiteral("planSummaryEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // The legend: the flag's colour and what the columns mean.
    m_swatch->setFixedSize(28, 16);
    m_swatch->setAutoFillBackground(true);
    QPalette swatch = m_swatch->palette();
    swatch.setColor(QPalette::Window, PlanSummaryModel::tooSmallColour());
    m_swatch->setPalette(swatch);
    m_swatch->setFrameShape(QFrame::Box);
    m_legend->setObjectName(QStringLiteral("planSummaryLegend"));
    m_legend->setWordWrap(true);
    m_levels->setObjectName(QStringLiteral("planSummaryLevels"));
    m_levels->setTextFormat(Qt::RichText);
    m_levels->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    updateLegend(5);

    auto* legend = new QHBoxLayout;
    legend->addWidget(m_swatch, 0, Qt::AlignTop);
    legend->addWidget(m_legend, 1, Qt::AlignTop);
    legend->addSpacing(16);
    legend->addWidget(m_levels, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(chooser);
    layout->addWidget(m_stack, 1);
    layout->addLayout(legend);

    connect(m_wave, &QComboBox::activated, this, [this] {
        m_chosenWave = m_wave->currentData().toLongLong();
        load();
    });
    connect(m_sampleSizes, &QPushButton::clicked, this, &PlanSummaryView::openCalculator);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        // A superseded read (the choice or the data changed meanwhile) is dropped.
        if (m_watcher.property("generation").toInt() != m_generation)
            return;
        m_pending = false;
        m_status->clear();
        showResult(m_watcher.result());
        emit loaded();
    });
}

PlanSummaryView::~PlanSummaryView()
{
    m_watcher.waitForFinished();
}

void PlanSummaryView::setDatabase(const QSqlDatabase& db)
{
    m_connectionName = db.connectionName();
    m_path = db.isValid() ? db.databaseName() : QString();
    m_chosenWave.reset();
    ++m_generation; // whatever is being read belongs to the previous programme
    m_pending = false;
    m_status->clear();
    m_model->clear();
    reloadWaves();
    load();
}

void PlanSummaryView::refresh()
{
    reloadWaves(); // a wave may have been added, renamed or deleted
    load();
}

void PlanSummaryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void PlanSummaryView::reloadWaves()
{
    const QSignalBlocker blocker(m_wave);
    m_wave->clear();
    if (m_connectionName.isEmpty())
        return;
    m_wave->addItem(tr("All waves"), kAllWaves);
    QSqlQuery query(QStringLiteral("SELECT id, code, name, status FROM wave ORDER BY starts_on, code"),
                    QSqlDatabase::database(m_connectionName, false));
    int planning = -1;
    int fieldwork = -1;
    while (query.next()) {
        m_wave->addItem(tr("%1 — %2").arg(query.value(1).toString(), query.value(2).toString()),
                        query.value(0).toLongLong());
        const QString status = query.value(3).toString();
        if (planning < 0 && status == QLatin1String("planning"))
            planning = m_wave->count() - 1;
        if (fieldwork < 0 && status == QLatin1String("fieldwork"))
            fieldwork = m_wave->count() - 1;
    }
    int index = m_chosenWave ? m_wave->findData(*m_chosenWave) : -1;
    if (index < 0) {
        // First the wave being planned, else the one in the field: what a project manager works on.
        index = planning >= 0 ? planning : (fieldwork >= 0 ? fieldwork : 0);
        m_chosenWave = m_wave->itemData(index).toLongLong();
    }
    m_wave->setCurrentIndex(index);
}

PlanSummary::Dimensions PlanSummaryView::chosenDimensions() const
{
    const bool allWaves = m_wave->currentData().toLongLong() == kAllWaves;
    PlanSummary::Dimensions by;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        if (it.value()->isChecked() && (it.key() != PlanSummary::Wave || allWaves))
            by |= it.key();
    return by;
}

void PlanSummaryView::load()
{
    m_groups.value(PlanSummary::Wave)->setEnabled(m_wave->currentData().toLongLong() == kAllWaves);
    if (m_path.isEmpty()) {
        m_stale = false;
        return;
    }
    // Work nobody sees waits until the view is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    PlanSummary::Options options;
    const qint64 wave = m_wave->currentData().toLongLong();
    if (wave != kAllWaves)
        options.waveId = wave;
    options.by = chosenDimensions();
    m_pending = true;
    m_status->setText(tr("Counting…"));
    const QString path = m_path;
    m_watcher.setProperty("generation", ++m_generation);
    m_watcher.setFuture(QtConcurrent::run([path, options]() -> Result {
        // One connection per thread: this one lives and dies on the worker.
        ProjectConnection connection;
        ProjectError error;
        if (!connection.open(path, true, &error))
            return { std::nullopt, error.message };
        QString message;
        auto summary = PlanSummary::read(connection.database(), options, &message);
        return { std::move(summary), message };
    }));
}

void PlanSummaryView::showResult(const Result& result)
{
    if (!result.summary) {
        m_model->clear();
        m_empty->setText(result.error);
        m_stack->setCurrentWidget(m_empty);
        m_levels->clear();
        return;
    }
    const PlanSummary& summary = *result.summary;
    m_model->setSummary(summary);
    updateLegend(summary.smallBaseThreshold);
    showLevels(summary);
    if (summary.cells.isEmpty()) {
        if (m_wave->count() <= 1)
            m_empty->setText(
                tr("This programme has no waves yet. Create them on the Waves tab with “New waves…”; "
                   "their planned visits, budget and precision then show here."));
        else if (summary.waveId)
            m_empty->setText(
                tr("No visits are planned in %1 (%2) yet. Once the wave's visits are planned, their "
                   "number, budget and precision show here.")
                    .arg(summary.waveCode, summary.waveName));
        else
            m_empty->setText(
                tr("No visits are planned yet. Once visits are planned, their number, budget and "
                   "precision show here."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_table);
    m_table->resizeColumnsToContents();
    // Sized to contents, the last column no longer fills the rest: let it again.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
}

void PlanSummaryView::showLevels(const PlanSummary& summary)
{
    if (summary.cells.isEmpty()) {
        m_levels->clear();
        return;
    }
    const QLocale locale;
    const QString warning = PlanSummaryModel::tooSmallColour().name();
    QString html
        = QStringLiteral("<b>%1</b><table cellspacing='0' cellpadding='2'><tr><th></th>"
                         "<th align='right'>%2</th><th align='right'>%3</th><th align='right'>%4</th>"
                         "<th align='right'>%5</th></tr>")
              .arg(tr("Precision of each wave's readings").toHtmlEscaped(), tr("Readings").toHtmlEscaped(),
                   tr("Smallest").toHtmlEscaped(), tr("Widest margin").toHtmlEscaped(),
                   tr("Too small").toHtmlEscaped());
    for (const PlanSummary::LevelPrecision& level : summary.levels) {
        const QString name = level.level == PlanSummary::Level::Programme ? tr("Programme")
            : level.level == PlanSummary::Level::Region                   ? tr("Regions")
                                                                          : tr("Locations");
        const QString flagged = level.tooSmall > 0
            ? QStringLiteral(" bgcolor='%1' style='color:#000000'").arg(warning)
            : QString();
        html += QStringLiteral("<tr><td>%1</td><td align='right'>&nbsp;%2</td><td align='right'>&nbsp;%3</td>"
                               "<td align='right'>&nbsp;%4</td><td align='right'%5>&nbsp;%6</td></tr>")
                    .arg(name.toHtmlEscaped(), locale.toString(level.cells),
                         locale.toString(level.smallestBase), pointsText(locale, level.widestMargin), flagged,
                         locale.toString(level.tooSmall));
    }
    html += QStringLiteral("</table>");
    m_levels->setText(html);
}

void PlanSummaryView::updateLegend(int smallBaseThreshold)
{
    m_legend->setText(
        tr("⚠ Too small to report: fewer visits than the programme's small-base threshold "
           "(%1; set on the Programme page).\n"
           "Precision: the margin of error at 95 % confidence of a yes/no standard met 80 % of the time.\n"
           "Budget: the scenario fees of the planned visits, in the currency the fees were entered in.")
            .arg(smallBaseThreshold));
}

void PlanSummaryView::openCalculator()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("sampleSizeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Sample Size Calculator"));
    auto* calculator = new SampleSizeCalculator(dialog);
    // Start from the figures the summary quotes: the selected cell (or the total), a share of 80 %.
    const PlanSummary& summary = m_model->summary();
    calculator->setSmallBaseThreshold(summary.smallBaseThreshold);
    calculator->setMeasure(SampleSizeCalculator::Measure::Proportion);
    calculator->setProportion(PlanSummary::referenceShare);
    calculator->setConfidence(PlanSummary::confidence);
    const QModelIndex current = m_table->currentIndex();
    const qint64 visits = current.isValid() ? m_model->cellAt(current.row()).visits : summary.total.visits;
    if (visits > 0)
        calculator->setSampleSize(int(std::min<qint64>(visits, std::numeric_limits<int>::max())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(calculator);
    layout->addWidget(buttons);
    dialog->show();
}
