#include "ChartsPage.h"

#include "ChartExportDialog.h"
#include "ChartExporter.h"
#include "ChartPackWriter.h"
#include "ChartWidget.h"
#include "DashboardWidget.h"
#include "analysis/ChartBuilder.h"
#include "project/JsonIdList.h"
#include "results/ResultsAggregator.h"
#include "widgets/LastDirectory.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QProgressDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using Dimension = ResultsQuery::Dimension;

namespace {

enum Page { ChartPage, VisitsPage, DashboardPage };

QComboBox* combo(QWidget* parent, const QString& name)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(260);
    return box;
}

} // namespace

ChartsPage::ChartsPage(QWidget* parent)
    : QWidget(parent)
    , m_view(combo(this, QStringLiteral("chartView")))
    , m_wave(combo(this, QStringLiteral("chartWave")))
    , m_per(combo(this, QStringLiteral("chartPer")))
    , m_region(combo(this, QStringLiteral("chartRegion")))
    , m_area(combo(this, QStringLiteral("chartArea")))
    , m_channel(combo(this, QStringLiteral("chartChannel")))
    , m_scenario(combo(this, QStringLiteral("chartScenario")))
    , m_competitor(combo(this, QStringLiteral("chartCompetitor")))
    , m_back(new QToolButton(this))
    , m_path(new QLabel(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_exportData(new QPushButton(tr("Export &data…"), this))
    , m_pack(new QPushButton(tr("Chart &pack…"), this))
    , m_stack(new QStackedWidget(this))
    , m_chart(new ChartWidget(this))
    , m_table(new QTableWidget(this))
    , m_visits(new QTableWidget(this))
    , m_dashboard(new DashboardWidget(this))
{
    m_wave->setMinimumContentsLength(14); // "September 2026" whole, however crowded the row
    m_wave->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_view->addItem(tr("Dashboard"), -1);
    for (const ChartViews::View view : ChartViews::all())
        m_view->addItem(ChartViews::name(view), int(view));
    m_back->setText(tr("◀ Back"));
    m_back->setToolTip(tr("Back to the previous level (Alt+Left)"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setEnabled(false);
    m_path->setObjectName(QStringLiteral("chartPath"));
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_copy->setToolTip(tr("Copy the chart as an image (Ctrl+Shift+C)"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_export->setToolTip(tr("Save the chart as PNG, SVG or PDF, or its data as CSV or XLSX"));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* widget = new QLabel(text, this);
        widget->setBuddy(buddy);
        return widget;
    };
    auto* choices = new QHBoxLayout;
    choices->addWidget(label(tr("&Chart:"), m_view));
    choices->addWidget(m_view);
    choices->addWidget(label(tr("&Wave:"), m_wave));
    choices->addWidget(m_wave);
    choices->addWidget(label(tr("&Per:"), m_per));
    choices->addWidget(m_per);
    choices->addStretch(1);
    choices->addWidget(m_copy);
    choices->addWidget(m_export);
    choices->addWidget(m_exportData);
    choices->addWidget(m_pack);
    auto* filters = new QHBoxLayout;
    filters->addWidget(label(tr("&Region:"), m_region));
    filters->addWidget(m_region);
    filters->addWidget(label(tr("&Area:"), m_area));
    filters->addWidget(m_area);
    filters->addWidget(label(tr("C&hannel:"), m_channel));
    filters->addWidget(m_channel);
    filters->addWidget(label(tr("&Scenario:"), m_scenario));
    filters->addWidget(m_scenario);
    filters->addWidget(m_competitor);
    filters->addStretch(1);
    auto* path = new QHBoxLayout;
    path->addWidget(m_back);
    path->addWidget(m_path, 1);
    path->addWidget(m_status);

    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({ 900, 300 });
    m_visits->setObjectName(QStringLiteral("chartVisits"));
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->verticalHeader()->hide();
    m_visits->setSortingEnabled(true);
    m_stack->addWidget(split);
    m_stack->addWidget(m_visits);
    m_stack->addWidget(m_dashboard);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(filters);
    layout->addLayout(path);
    layout->addWidget(m_stack, 1);

    for (QComboBox* box : { m_wave, m_per, m_region, m_area, m_channel, m_scenario, m_competitor })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                rebuild();
        });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_drills.clear();
        m_drillFilters.clear();
        m_drillPer.reset();
        updatePerChoices();
        rebuild();
    });
    // Queued: drilling down redraws the chart, which must not be deleted inside its own click.
    connect(m_chart, &ChartWidget::categoryClicked, this, &ChartsPage::drillInto, Qt::QueuedConnection);
    connect(
        m_dashboard, &DashboardWidget::regionClicked, this, [this](const QString& region) {
        m_drills << here();
        m_loading = true;
        m_view->setCurrentIndex(m_view->findData(int(ChartViews::View::ByLocation)));
        m_loading = false;
        m_drillFilters[Dimension::Region] = { region };
        m_drillPer = Dimension::Location;
        updatePerChoices();
        rebuild();
    },
        Qt::QueuedConnection);
    connect(m_dashboard, &DashboardWidget::locationActivated, this, [this](const QString& code) {
        m_drills << here();
        showVisits(code, code);
    });
    connect(m_visits, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem* item = m_visits->item(row, 0))
            emit reportRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_back, &QToolButton::clicked, this, &ChartsPage::goBack);
    connect(m_export, &QPushButton::clicked, this, &ChartsPage::exportChart);
    connect(m_copy, &QPushButton::clicked, this, &ChartsPage::copyChart);
    connect(m_exportData, &QPushButton::clicked, this, &ChartsPage::exportData);
    connect(m_pack, &QPushButton::clicked, this, [this] { writeChartPack(); });
    m_pack->setToolTip(tr("Every chart of the wave as PNG and SVG, and one PDF report with the dashboard, a page per "
                          "region and a one-pager per location"));
    updatePerChoices();
}

ChartsPage::~ChartsPage() = default;

void ChartsPage::setDatabase(const QSqlDatabase& db)
{
    m_db = db;
    m_builder.reset();
    m_stale = true;
    m_chart->clear();
    // Another programme: nothing of the last one's drill-down carries over.
    m_drills.clear();
    m_drillFilters.clear();
    m_drillPer.reset();
    m_data.reset();
    if (db.isValid())
        refresh();
}

void ChartsPage::refresh()
{
    if (!m_db.isValid())
        return;
    loadChoices();
    rebuild();
}

void ChartsPage::loadChoices()
{
    m_builder = std::make_unique<ChartBuilder>(m_db);
    QString error;
    if (!m_builder->load(&error)) {
        setStatus(error);
        return;
    }
    m_style = ChartStyle::fromProgramme(m_db, m_builder->texts().language());
    m_loading = true;
    auto refill = [](QComboBox* box, const QString& all, const QList<std::pair<QString, QString>>& items) {
        const QString current = box->currentData().toString();
        box->clear();
        if (!all.isEmpty())
            box->addItem(all, QString());
        for (const auto& [code, shown] : items)
            box->addItem(shown, code);
        const int index = box->findData(current);
        box->setCurrentIndex(std::max(0, index));
    };
    QList<std::pair<QString, QString>> waves;
    for (auto it = m_builder->waves().crbegin(); it != m_builder->waves().crend(); ++it)
        if (it->hasResults)
            waves << std::pair { it->code, it->name };
    const QString currentWave = m_wave->currentData().toString();
    refill(m_wave, QString(), waves);
    if (currentWave.isEmpty()) {
        QString why;
        if (const auto chosen = m_builder->wave(QString(), &why))
            m_wave->setCurrentIndex(std::max(0, m_wave->findData(chosen->code)));
    }
    auto read = [this](const QString& sql) {
        QList<std::pair<QString, QString>> items;
        QSqlQuery query(m_db);
        if (query.exec(sql))
            while (query.next())
                items << std::pair { query.value(0).toString(), query.value(1).toString() };
        return items;
    };
    refill(m_region, tr("All regions"), read(QStringLiteral("SELECT DISTINCT name, name FROM geo_unit WHERE level = 'region' ORDER BY name")));
    refill(m_area, tr("All areas"), read(QStringLiteral("SELECT DISTINCT name, name FROM geo_unit WHERE level = 'area' ORDER BY name")));
    refill(m_channel, tr("All channels"), read(QStringLiteral("SELECT DISTINCT channel, channel FROM location ORDER BY channel")));
    refill(m_scenario, tr("All scenarios"), read(QStringLiteral("SELECT code, code || ' ' || title FROM scenario ORDER BY code")));
    refill(m_competitor, QString(), { { QStringLiteral("no"), tr("Own network") }, { QString(), tr("Own and competitors") },
                                      { QStringLiteral("yes"), tr("Competitors only") } });
    m_loading = false;
    m_stale = false;
}

void ChartsPage::updatePerChoices()
{
    const int view = m_view->currentData().toInt();
    const QString current = m_per->currentData().toString();
    m_loading = true;
    m_per->clear();
    QList<Dimension> choices;
    bool none = false;
    switch (ChartViews::View(view)) {
    case ChartViews::View::ByLocation:
        choices = { Dimension::Region, Dimension::Area, Dimension::Location, Dimension::Channel, Dimension::Scenario,
                    Dimension::Brand, Dimension::Staff };
        break;
    case ChartViews::View::Heatmap:
        choices = { Dimension::Region, Dimension::Area, Dimension::Location, Dimension::Channel, Dimension::Scenario };
        break;
    case ChartViews::View::Distribution:
        none = true;
        choices = { Dimension::Region, Dimension::Area, Dimension::Channel, Dimension::Scenario };
        break;
    case ChartViews::View::Trend:
        none = true;
        choices = { Dimension::Region, Dimension::Channel, Dimension::Scenario };
        break;
    default:
        break;
    }
    if (view < 0)
        choices.clear();
    if (none)
        m_per->addItem(tr("Whole programme"), QString());
    for (const Dimension dimension : choices) {
        const QString key = ResultsQuery::dimensionKey(dimension);
        const QString shown = dimension == Dimension::Region ? tr("Region")
            : dimension == Dimension::Area                   ? tr("Area")
            : dimension == Dimension::Location               ? tr("Location")
            : dimension == Dimension::Channel                ? tr("Channel")
            : dimension == Dimension::Scenario               ? tr("Scenario")
            : dimension == Dimension::Brand                  ? tr("Brand")
                                                             : tr("Staff");
        m_per->addItem(shown, key);
    }
    m_per->setEnabled(m_per->count() > 1);
    m_per->setCurrentIndex(std::max(0, m_per->findData(m_drillPer ? ResultsQuery::dimensionKey(*m_drillPer) : current)));
    m_loading = false;
}

ChartRequest ChartsPage::request() const
{
    ChartRequest request;
    request.view = ChartViews::View(std::max(0, m_view->currentData().toInt()));
    request.wave = m_wave->currentData().toString();
    auto add = [&request](Dimension dimension, const QComboBox* box) {
        const QString value = box->currentData().toString();
        if (!value.isEmpty())
            request.filters[dimension] = { value };
    };
    add(Dimension::Region, m_region);
    add(Dimension::Area, m_area);
    add(Dimension::Channel, m_channel);
    add(Dimension::Scenario, m_scenario);
    add(Dimension::Competitor, m_competitor);
    for (auto it = m_drillFilters.cbegin(); it != m_drillFilters.cend(); ++it)
        request.filters[it.key()] = it.value();
    const QString per = m_per->currentData().toString();
    if (!per.isEmpty())
        request.per = ResultsQuery::dimensionFromKey(per);
    return request;
}

void ChartsPage::showView(int view)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(view)));
}

void ChartsPage::rebuild()
{
    if (!m_db.isValid())
        return;
    if (!m_builder || m_stale)
        loadChoices();
    if (!m_builder)
        return;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const int view = m_view->currentData().toInt();
    const bool chart = view >= 0;
    for (QPushButton* button : { m_export, m_copy, m_exportData })
        button->setEnabled(chart);
    m_back->setEnabled(!m_drills.isEmpty());
    m_path->setText(breadcrumb());
    if (!chart) {
        const auto dashboard = m_builder->dashboard(request(), &error);
        if (!dashboard) {
            setStatus(error);
            m_stack->setCurrentIndex(DashboardPage);
            return;
        }
        m_dashboard->setDashboard(*dashboard, m_style);
        m_stack->setCurrentIndex(DashboardPage);
        setStatus(tr("Drawn in %1 ms").arg(timer.elapsed()));
        return;
    }
    m_data = m_builder->build(request(), &error);
    m_stack->setCurrentIndex(ChartPage);
    if (!m_data) {
        m_chart->clear();
        m_table->clear();
        m_table->setRowCount(0);
        setStatus(error);
        return;
    }
    m_chart->setChart(*m_data, m_style);
    const QList<QStringList> rows = m_data->rows();
    m_table->clear();
    m_table->setColumnCount(rows.isEmpty() ? 0 : int(rows.first().size()));
    m_table->setRowCount(int(rows.size()) - 1);
    if (!rows.isEmpty())
        m_table->setHorizontalHeaderLabels(rows.first());
    for (int r = 1; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_table->setItem(r - 1, c, new QTableWidgetItem(rows[r][c]));
    m_table->resizeColumnsToContents();
    setStatus(tr("Drawn in %1 ms").arg(timer.elapsed()));
}

QString ChartsPage::breadcrumb() const
{
    QStringList parts { tr("Programme") };
    for (auto it = m_drillFilters.cbegin(); it != m_drillFilters.cend(); ++it)
        parts << it.value().join(QStringLiteral(", "));
    if (m_stack->currentIndex() == VisitsPage)
        parts << tr("Visits");
    return parts.join(QStringLiteral(" › "));
}

void ChartsPage::drillInto(int category)
{
    if (!m_data || category < 0 || size_t(category) >= m_data->categories.size() || !m_data->categoryDimension)
        return;
    const ResultsTable::Key key = m_data->categories[size_t(category)];
    const Dimension dimension = *m_data->categoryDimension;
    const Drill here = this->here();
    if (dimension == Dimension::Location) {
        m_drills << here;
        showVisits(key.code, key.label);
        return;
    }
    if (dimension == Dimension::Wave) {
        m_drills << here;
        m_loading = true;
        m_wave->setCurrentIndex(std::max(0, m_wave->findData(key.code)));
        m_view->setCurrentIndex(m_view->findData(int(ChartViews::View::ByLocation)));
        m_loading = false;
        updatePerChoices();
        rebuild();
        return;
    }
    if (dimension == Dimension::Section || dimension == Dimension::Question)
        return; // a standard's own chart is the compliance view
    m_drills << here;
    m_drillFilters[dimension] = { key.code };
    m_drillPer = Dimension::Location;
    m_loading = true;
    if (m_view->currentData().toInt() != int(ChartViews::View::ByLocation) && m_view->currentData().toInt() != int(ChartViews::View::Heatmap))
        m_view->setCurrentIndex(m_view->findData(int(ChartViews::View::ByLocation)));
    m_loading = false;
    updatePerChoices();
    rebuild();
}

void ChartsPage::showVisits(const QString& locationCode, const QString& locationName)
{
    ResultsQuery query;
    ChartRequest chosen = request();
    query.filters = chosen.filters;
    query.filters[Dimension::Location] = { locationCode };
    QString why;
    if (const auto wave = m_builder->wave(chosen.wave, &why))
        query.filters[Dimension::Wave] = { wave->code };
    const auto reports = ResultsAggregator::reports(m_db, query, &why);
    if (!reports) {
        setStatus(why);
        return;
    }
    QList<qint64> visits;
    for (const ResultsReports::Report& report : reports->reports)
        visits << report.visitId;
    // The shopper by code only: what a client may see.
    QSqlQuery rows(m_db);
    rows.prepare(QStringLiteral(
        "SELECT v.id, r.visited_on, sc.code, sh.code, s.score, r.staff_description FROM visit v "
        "JOIN response r ON r.visit_id = v.id LEFT JOIN scenario sc ON sc.id = v.scenario_id "
        "LEFT JOIN shopper sh ON sh.id = v.shopper_id LEFT JOIN visit_score s ON s.response_id = r.id "
        "WHERE v.id IN (SELECT value FROM json_each(?)) ORDER BY r.visited_on"));
    rows.addBindValue(jsonIdList(visits));
    m_visits->setSortingEnabled(false);
    m_visits->clear();
    m_visits->setColumnCount(5);
    m_visits->setHorizontalHeaderLabels({ tr("Date"), tr("Scenario"), tr("Shopper"), tr("Score"), tr("Served by") });
    m_visits->setRowCount(0);
    if (rows.exec())
        while (rows.next()) {
            const int row = m_visits->rowCount();
            m_visits->insertRow(row);
            auto* date = new QTableWidgetItem(rows.value(1).toString());
            date->setData(Qt::UserRole, rows.value(0).toLongLong());
            m_visits->setItem(row, 0, date);
            m_visits->setItem(row, 1, new QTableWidgetItem(rows.value(2).toString()));
            m_visits->setItem(row, 2, new QTableWidgetItem(rows.value(3).toString()));
            auto* score = new QTableWidgetItem;
            if (!rows.value(4).isNull())
                score->setData(Qt::DisplayRole, std::round(rows.value(4).toDouble() * 10) / 10);
            m_visits->setItem(row, 3, score);
            m_visits->setItem(row, 4, new QTableWidgetItem(rows.value(5).toString()));
        }
    m_visits->setSortingEnabled(true);
    m_visits->resizeColumnsToContents();
    m_drillFilters[Dimension::Location] = { locationCode };
    m_stack->setCurrentIndex(VisitsPage);
    m_back->setEnabled(true);
    m_path->setText(breadcrumb() + QStringLiteral(" (") + locationName + QLatin1Char(')'));
    setStatus(tr("%n visit(s): double-click one to open its report", nullptr, int(m_visits->rowCount())));
    for (QPushButton* button : { m_export, m_copy, m_exportData })
        button->setEnabled(false);
    m_visits->setFocus();
}

ChartsPage::Drill ChartsPage::here() const
{
    Drill drill { m_view->currentData().toInt(), m_wave->currentData().toString(), m_drillFilters,
                  m_per->currentData().toString() };
    drill.filters.remove(Dimension::Location); // a location's visits are a page of their own
    return drill;
}

void ChartsPage::goBack()
{
    if (m_drills.isEmpty())
        return;
    const Drill previous = m_drills.takeLast();
    m_loading = true;
    m_view->setCurrentIndex(std::max(0, m_view->findData(previous.view)));
    m_wave->setCurrentIndex(std::max(0, m_wave->findData(previous.wave)));
    m_loading = false;
    m_drillFilters = previous.filters;
    m_drillPer = ResultsQuery::dimensionFromKey(previous.per);
    updatePerChoices();
    m_drillPer.reset();
    rebuild();
}

void ChartsPage::exportChart()
{
    if (!m_data || !m_chart->canvas())
        return;
    ChartExportDialog sizes(this);
    if (sizes.exec() != QDialog::Accepted)
        return;
    const QString suggested = LastDirectory::get() + QLatin1Char('/') + ChartViews::key(m_data->view) + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), suggested,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data as CSV (*.csv);;Data as Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    LastDirectory::rememberFileIn(path);
    // A canvas of its own: the export lays the chart out at its size, the screen keeps its own.
    ChartCanvas canvas(*m_data, m_style);
    QString error;
    if (!ChartExporter::formatOf(path))
        error = tr("%1: write .png, .svg, .pdf, .csv or .xlsx").arg(path);
    else if (ChartExporter::write(canvas, path, sizes.options(), &error))
        setStatus(tr("Written: %1").arg(path));
    if (!error.isEmpty())
        MessageBox::warning(this, tr("Cannot export the chart"), error);
}

void ChartsPage::copyChart()
{
    if (!m_data)
        return;
    ChartCanvas canvas(*m_data, m_style);
    ChartExporter::copyToClipboard(canvas, ChartExporter::Options());
    setStatus(tr("The chart is on the clipboard."));
}

void ChartsPage::exportData()
{
    if (!m_data)
        return;
    const QString suggested = LastDirectory::get() + QLatin1Char('/') + ChartViews::key(m_data->view) + QStringLiteral(".xlsx");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart Data"), suggested,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    LastDirectory::rememberFileIn(path);
    QString error;
    if (ChartExporter::writeData(*m_data, path, &error))
        setStatus(tr("Written: %1").arg(path));
    else
        MessageBox::warning(this, tr("Cannot export the data"), error);
}

bool ChartsPage::writeChartPack(QString folder)
{
    if (!m_db.isValid())
        return false;
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Chart Pack"), LastDirectory::get());
        if (folder.isEmpty())
            return false;
    }
    LastDirectory::rememberFileIn(folder + QStringLiteral("/report.pdf"));
    ChartRequest chosen = request();
    // The pack is of the client's own network in the whole wave, whatever the page shows (the
    // benchmark brings the competitors in by itself), each chart with its standard grouping.
    chosen.filters.clear();
    chosen.filters[Dimension::Competitor] = { QStringLiteral("no") };
    chosen.per.reset();
    ChartPackWriter writer(m_db, chosen, folder);
    QProgressDialog progress(tr("Reading the results…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Chart Pack"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QApplication::processEvents();
    QString error;
    if (!writer.prepare(&error)) {
        writer.abandon();
        MessageBox::warning(this, tr("Cannot write the chart pack"), error);
        return false;
    }
    progress.setMaximum(writer.stepCount());
    // Qt Charts draws on the GUI thread only: the pack is drawn a page at a time between the
    // window's events, so the window stays live and Cancel answers within a page.
    while (!writer.finished()) {
        if (progress.wasCanceled()) {
            writer.abandon();
            setStatus(tr("The chart pack was cancelled; nothing of it is left."));
            return false;
        }
        if (!writer.step(&error)) {
            writer.abandon();
            MessageBox::warning(this, tr("Cannot write the chart pack"), error);
            return false;
        }
        progress.setLabelText(tr("Page %1 of %2…").arg(writer.stepsDone()).arg(writer.stepCount()));
        progress.setValue(writer.stepsDone());
        QApplication::processEvents();
    }
    if (!writer.finish(&error)) {
        writer.abandon();
        MessageBox::warning(this, tr("Cannot write the chart pack"), error);
        return false;
    }
    progress.setValue(progress.maximum());
    setStatus(tr("Chart pack written: %1 (%2 pages) and %3 chart files")
                  .arg(QDir::toNativeSeparators(writer.pdfPath()))
                  .arg(writer.pages())
                  .arg(writer.files().size()));
    if (!writer.notes().isEmpty())
        MessageBox::warning(this, tr("Chart Pack"), writer.notes().join(QLatin1Char('\n')));
    return true;
}

void ChartsPage::setStatus(const QString& text)
{
    m_status->setText(text);
}
