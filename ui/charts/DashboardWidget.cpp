#include "DashboardWidget.h"

#include "ChartWidget.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

DashboardWidget::DashboardWidget(QWidget* parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_regions(new ChartWidget(this))
    , m_sections(new ChartWidget(this))
{
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_headline->setFont(big);
    m_detail->setWordWrap(true);
    m_regions->setObjectName(QStringLiteral("dashboardRegions"));
    auto table = [this](const QString& name) {
        auto* widget = new QTableWidget(0, 3, this);
        widget->setObjectName(name);
        widget->setHorizontalHeaderLabels({ tr("Name"), tr("Score"), tr("Visits") });
        widget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        widget->verticalHeader()->hide();
        widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
        widget->setSelectionBehavior(QAbstractItemView::SelectRows);
        return widget;
    };
    m_topLocations = table(QStringLiteral("topLocations"));
    m_bottomLocations = table(QStringLiteral("bottomLocations"));
    m_topStaff = table(QStringLiteral("topStaff"));
    m_bottomStaff = table(QStringLiteral("bottomStaff"));
    auto boxed = [this](const QString& title, QWidget* content) {
        auto* box = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->addWidget(content);
        return box;
    };
    auto* lists = new QWidget(this);
    auto* grid = new QGridLayout(lists);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(boxed(tr("Best locations (recognition)"), m_topLocations), 0, 0);
    grid->addWidget(boxed(tr("Lowest locations (training)"), m_bottomLocations), 0, 1);
    grid->addWidget(boxed(tr("Best-rated staff"), m_topStaff), 1, 0);
    grid->addWidget(boxed(tr("Staff to coach"), m_bottomStaff), 1, 1);

    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_regions);
    charts->addWidget(m_sections);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(charts);
    vertical->addWidget(lists);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(vertical, 1);

    connect(m_regions, &ChartWidget::categoryClicked, this, [this](int category) {
        if (category >= 0 && size_t(category) < m_data.byRegion.categories.size())
            emit regionClicked(m_data.byRegion.categories[size_t(category)].code);
    });
    for (QTableWidget* locations : { m_topLocations, m_bottomLocations })
        connect(locations, &QTableWidget::cellActivated, this, [this, locations](int row, int) {
            if (QTableWidgetItem* item = locations->item(row, 0))
                emit locationActivated(item->data(Qt::UserRole).toString());
        });
}

void DashboardWidget::setDashboard(const DashboardData& dashboard, const ChartStyle& style)
{
    m_data = dashboard;
    m_style = style;
    if (dashboard.score) {
        QString headline = tr("%1: %2 %").arg(dashboard.waveName, style.number(*dashboard.score));
        if (dashboard.change)
            headline += QStringLiteral("  ") + (*dashboard.change >= 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ "))
                + style.number(*dashboard.change);
        m_headline->setText(headline);
    } else {
        m_headline->setText(tr("%1: no approved results").arg(dashboard.waveName));
    }
    QStringList detail;
    detail << tr("%n visit(s) at %1 location(s)", nullptr, int(dashboard.visits)).arg(dashboard.locations);
    if (dashboard.margin)
        detail << tr("margin of error ±%1 points").arg(style.number(*dashboard.margin));
    if (dashboard.change)
        detail << (dashboard.significant ? tr("the change since %1 is significant") : tr("the change since %1 is within the margin of error"))
                      .arg(dashboard.previousWaveName);
    if (dashboard.target && dashboard.score)
        detail << (*dashboard.score >= *dashboard.target ? tr("target %1 % reached") : tr("target %1 % not reached"))
                      .arg(style.number(*dashboard.target, 0));
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    m_regions->setChart(dashboard.byRegion, style);
    m_sections->setChart(dashboard.sections, style);
    fill(m_topLocations, dashboard.topLocations, true);
    fill(m_bottomLocations, dashboard.bottomLocations, true);
    fill(m_topStaff, dashboard.topStaff, false);
    fill(m_bottomStaff, dashboard.bottomStaff, false);
}

void DashboardWidget::fill(QTableWidget* table, const QList<DashboardData::Ranked>& rows, bool locations)
{
    table->clearSpans();
    if (rows.isEmpty()) {
        // Say why the list is empty rather than show an empty box.
        table->setRowCount(1);
        auto* none = new QTableWidgetItem(
            locations ? tr("No location has %1 or more visits in this wave.").arg(m_data.byRegion.smallBaseThreshold)
                      : tr("No staff member was described in %1 or more visits.").arg(m_data.staffMinimumVisits));
        none->setForeground(palette().color(QPalette::PlaceholderText));
        none->setFlags(Qt::ItemIsEnabled);
        table->setItem(0, 0, none);
        table->setSpan(0, 0, 1, 3);
        return;
    }
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const DashboardData::Ranked& ranked = rows[row];
        auto* name = new QTableWidgetItem(locations ? ranked.code + QStringLiteral("  ") + ranked.name : ranked.name);
        name->setData(Qt::UserRole, ranked.code);
        table->setItem(row, 0, name);
        auto* score = new QTableWidgetItem(m_style.number(ranked.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        score->setForeground(m_style.bandColour(m_data.byRegion, ranked.score).darker(115));
        table->setItem(row, 1, score);
        auto* visits = new QTableWidgetItem(QString::number(ranked.n));
        visits->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 2, visits);
    }
    table->resizeColumnToContents(1);
    table->resizeColumnToContents(2);
}
