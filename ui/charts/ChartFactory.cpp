#include "ChartFactory.h"

#include "ChartStyle.h"
#include "HeatmapItem.h"
#include "analysis/ChartData.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace {

using Kind = ChartData::Kind;

QString valueText(const ChartData& chart, const ChartStyle& style, double value)
{
    switch (chart.unit) {
    case ChartData::Unit::Count: return style.number(value, 0);
    case ChartData::Unit::Nps: return (value > 0 ? QStringLiteral("+") : QString()) + style.number(value, 0);
    default: return style.number(value, 1);
    }
}

QChart* newChart(const ChartData& chart, const ChartStyle& style)
{
    auto* qchart = new QChart;
    qchart->setAnimationOptions(QChart::NoAnimation); // exports and the screen show the same
    qchart->setBackgroundRoundness(0);
    qchart->setDropShadowEnabled(false);
    qchart->setMargins(QMargins(4, 4, 4, 4));
    qchart->setLocalizeNumbers(true);
    qchart->setLocale(style.locale);
    qchart->legend()->setFont(style.font(12));
    qchart->legend()->setLabelColor(style.text);
    qchart->legend()->setAlignment(Qt::AlignBottom);
    qchart->legend()->setVisible(chart.series.size() > 1);
    return qchart;
}

void styleAxis(QAbstractAxis* axis, const ChartStyle& style, const QString& title, int categories = -1)
{
    axis->setLabelsFont(style.font(12));
    if (categories >= 0) {
        // Qt Charts 6.4 cuts category labels to "..." far too eagerly (many regions, long wave
        // names): ChartCanvas writes them beside the plot instead, at a size that fits.
        axis->setLabelsVisible(false);
        axis->setTitleVisible(false);
    }
    axis->setLabelsColor(style.text);
    axis->setTitleFont(style.font(12, true));
    axis->setTitleBrush(style.muted);
    axis->setTitleText(title);
    axis->setGridLineColor(style.grid);
    axis->setLinePenColor(style.grid);
}

QValueAxis* valueAxis(const ChartData& chart, const ChartStyle& style, double minimum, double maximum)
{
    auto* axis = new QValueAxis;
    axis->setRange(minimum, maximum);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    const double span = maximum - minimum;
    axis->setTickType(QValueAxis::TicksDynamic);
    const double step = span <= 12 ? 2 : span <= 30 ? 5 : span <= 120 ? 10 : span <= 250 ? 25 : std::pow(10, std::floor(std::log10(span)));
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    styleAxis(axis, style, chart.valueAxisTitle);
    return axis;
}

QStringList labels(const ChartData& chart, bool reversed)
{
    QStringList labels;
    for (const ResultsTable::Key& key : chart.categories)
        labels << key.label;
    // Category labels must be unique for QBarCategoryAxis: number repeated names.
    for (int i = 0; i < labels.size(); ++i)
        for (int j = i + 1; j < labels.size(); ++j)
            if (labels[j] == labels[i])
                labels[j] += QStringLiteral(" (%1)").arg(chart.categories[size_t(j)].code);
    if (reversed)
        std::reverse(labels.begin(), labels.end());
    return labels;
}

// A dashed line at the target across every category of a bar chart.
void addTargetLine(QChart* qchart, const ChartData& chart, const ChartStyle& style, QAbstractAxis* valueAxis,
                   QAbstractAxis* categoryAxis, bool horizontal)
{
    if (!chart.target || chart.categories.empty())
        return;
    auto* line = new QLineSeries;
    line->setName(chart.targetLabel);
    const double from = -0.5;
    const double to = double(chart.categories.size()) - 0.5;
    if (horizontal) {
        line->append(*chart.target, from);
        line->append(*chart.target, to);
    } else {
        line->append(from, *chart.target);
        line->append(to, *chart.target);
    }
    QPen pen(style.targetLine, 2, Qt::DashLine);
    line->setPen(pen);
    qchart->addSeries(line);
    // On the category axis itself: a category's position is its index. (A second, hidden axis on
    // the same side would take the labels' room and Qt Charts would cut them all to "...".)
    line->attachAxis(valueAxis);
    line->attachAxis(categoryAxis);
}

void connectBarSet(QBarSet* set, const ChartData& chart, const ChartStyle& style, int series,
                   const ChartFactory::Hooks& hooks, bool reversed)
{
    const int count = int(chart.categories.size());
    auto category = [count, reversed](int index) { return reversed ? count - 1 - index : index; };
    if (hooks.clicked)
        QObject::connect(set, &QBarSet::clicked, set, [hooks, category](int index) { hooks.clicked(category(index)); });
    if (hooks.hovered)
        QObject::connect(set, &QBarSet::hovered, set, [hooks, category, &chart, style, series](bool status, int index) {
            hooks.hovered(status ? ChartFactory::tip(chart, style, series, category(index)) : QString());
        });
}

// The category axis (labels written by ChartCanvas) and the value axis of a bar series, on the
// sides its orientation puts them; returns the category axis.
QBarCategoryAxis* attachBarAxes(QChart* qchart, QAbstractBarSeries* series, const ChartData& chart,
                                const ChartStyle& style, QValueAxis* values, bool horizontal)
{
    auto* categories = new QBarCategoryAxis;
    categories->append(labels(chart, horizontal));
    styleAxis(categories, style, chart.categoryAxisTitle, int(chart.categories.size()));
    categories->setGridLineVisible(false);
    qchart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    qchart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return categories;
}

// One bar per category in its band's colour: a stacked series of one set per band (and one
// for small bases) where each category has a value in one set only.
QChart* bars(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    qchart->legend()->setVisible(false);
    const bool horizontal = chart.horizontal;
    const bool traffic = chart.unit == ChartData::Unit::Score || chart.unit == ChartData::Unit::Share;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
    const int count = int(chart.categories.size());
    const int bandCount = traffic ? std::max<int>(1, int(chart.bands.size())) : 1;
    std::vector<QBarSet*> sets;
    for (int band = 0; band <= bandCount; ++band) { // the last: small bases
        auto* set = new QBarSet(band < bandCount && traffic && !chart.bands.empty()
                                    ? chart.bands[size_t(band)].label
                                    : QString());
        const bool small = band == bandCount;
        const QColor colour = small ? style.smallBase
            : traffic && !chart.bands.empty() ? QColor(chart.bands[size_t(band)].colour)
                                               : style.seriesColour(0);
        set->setColor(colour);
        set->setBorderColor(colour);
        if (small)
            set->setBrush(QBrush(style.smallBase.darker(125), Qt::BDiagPattern));
        set->setLabelColor(small ? style.text : (colour.lightnessF() < 0.6 ? Qt::white : style.text));
        set->setLabelFont(style.font(11));
        sets.push_back(set);
    }
    double maximum = chart.valueMax;
    const ChartData::Series& data = chart.series.front();
    for (int i = 0; i < count; ++i) {
        const int index = horizontal ? count - 1 - i : i; // best on top
        const ChartData::Point& point = data.points[size_t(index)];
        const int band = !point.value ? -1
            : point.smallBase          ? bandCount
            : traffic                  ? std::max(0, chart.bandOf(*point.value))
                                       : 0;
        for (int s = 0; s <= bandCount; ++s)
            sets[size_t(s)]->append(s == band ? *point.value : 0.0);
        if (point.value)
            maximum = std::max(maximum, *point.value);
    }
    for (size_t s = 0; s < sets.size(); ++s) {
        series->append(sets[s]);
        connectBarSet(sets[s], chart, style, 0, hooks, horizontal);
    }
    series->setLabelsVisible(false); // ChartCanvas writes the values
    series->setBarWidth(std::min(0.72, 0.16 * count)); // one or two places: bars, not slabs
    qchart->addSeries(series);
    QValueAxis* values = valueAxis(chart, style, std::min(0.0, chart.valueMin), traffic ? 100 : std::ceil(maximum * 1.1));
    QBarCategoryAxis* categories = attachBarAxes(qchart, series, chart, style, values, horizontal);
    addTargetLine(qchart, chart, style, values, categories, horizontal);
    return qchart;
}

QChart* groupedBars(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    const bool horizontal = chart.horizontal;
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    const int count = int(chart.categories.size());
    // Horizontal bars list the first series on top: Qt draws the first set lowest.
    std::vector<int> order;
    for (int s = 0; s < int(chart.series.size()); ++s)
        order.push_back(s);
    if (horizontal)
        std::reverse(order.begin(), order.end());
    int colour = 0;
    std::vector<QColor> colours(chart.series.size());
    for (size_t s = 0; s < chart.series.size(); ++s)
        colours[s] = chart.series[s].highlighted || chart.series.size() == 1 ? style.seriesColour(0)
                                                                             : style.seriesColour(++colour);
    if (chart.view == ChartViews::View::Sections && chart.series.size() == 2)
        colours[1] = style.smallBase.darker(110); // the previous wave in grey, behind the current one
    for (const int s : order) {
        const ChartData::Series& data = chart.series[size_t(s)];
        auto* set = new QBarSet(data.name);
        set->setColor(colours[size_t(s)]);
        set->setBorderColor(colours[size_t(s)]);
        set->setSelectedColor(style.smallBase);
        set->setLabelColor(style.text);
        set->setLabelFont(style.font(10));
        for (int i = 0; i < count; ++i) {
            const int index = horizontal ? count - 1 - i : i;
            const ChartData::Point& point = data.points[size_t(index)];
            set->append(point.value.value_or(0));
            if (point.smallBase && point.value)
                set->setBarSelected(i, true); // grey: too few visits to read
        }
        series->append(set);
        connectBarSet(set, chart, style, s, hooks, horizontal);
    }
    series->setLabelsVisible(false); // ChartCanvas writes the values
    series->setBarWidth(0.8);
    qchart->addSeries(series);
    QValueAxis* values = valueAxis(chart, style, 0, 100);
    QBarCategoryAxis* categories = attachBarAxes(qchart, series, chart, style, values, horizontal);
    addTargetLine(qchart, chart, style, values, categories, horizontal);
    return qchart;
}

QChart* lines(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels(chart, false));
    styleAxis(categories, style, chart.categoryAxisTitle, int(chart.categories.size()));
    categories->setGridLineVisible(false);
    double low = 100;
    double high = 0;
    for (const ChartData::Series& data : chart.series)
        for (const ChartData::Point& point : data.points)
            if (point.value) {
                low = std::min(low, point.low.value_or(*point.value));
                high = std::max(high, point.high.value_or(*point.value));
            }
    if (chart.target) {
        low = std::min(low, *chart.target);
        high = std::max(high, *chart.target);
    }
    low = std::max(0.0, std::floor((low - 5) / 10) * 10);
    high = std::min(100.0, std::ceil((high + 5) / 10) * 10);
    QValueAxis* values = valueAxis(chart, style, low, high);
    // Lines, bands and markers sit on the category axis: a wave's position is its index.
    qchart->addAxis(categories, Qt::AlignBottom);
    qchart->addAxis(values, Qt::AlignLeft);
    const bool bands = chart.series.size() <= 4; // more bands than that hide each other
    // A highlighted series (a location on its one-pager) in the first colour, the rest in grey.
    const bool highlights = std::any_of(chart.series.cbegin(), chart.series.cend(),
                                        [](const ChartData::Series& series) { return series.highlighted; });
    for (size_t s = 0; s < chart.series.size(); ++s) {
        const ChartData::Series& data = chart.series[s];
        const QColor colour = !highlights ? style.seriesColour(int(s))
            : data.highlighted            ? style.seriesColour(0)
                                          : style.smallBase.darker(115);
        if (bands) {
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            for (size_t i = 0; i < data.points.size(); ++i)
                if (data.points[i].low && data.points[i].high) {
                    upper->append(double(i), *data.points[i].high);
                    lower->append(double(i), *data.points[i].low);
                }
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area); // QAreaSeries does not own its edges
            lower->setParent(area);
            QColor fill = colour;
            fill.setAlpha(45);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            qchart->addSeries(area);
            area->attachAxis(categories);
            area->attachAxis(values);
            qchart->legend()->markers(area).first()->setVisible(false);
        }
        auto* line = new QLineSeries;
        line->setName(data.name);
        line->setPen(QPen(colour, 2.5));
        line->setPointsVisible(true);
        line->setPointLabelsVisible(false); // ChartCanvas writes the values, in the report's number format
        auto* significant = new QScatterSeries;
        significant->setMarkerSize(13);
        significant->setColor(colour);
        significant->setBorderColor(Qt::white);
        for (size_t i = 0; i < data.points.size(); ++i) {
            const ChartData::Point& point = data.points[i];
            if (!point.value)
                continue;
            line->append(double(i), std::round(*point.value * 10) / 10);
            if (point.significant)
                significant->append(double(i), *point.value);
        }
        qchart->addSeries(line);
        line->attachAxis(categories);
        line->attachAxis(values);
        qchart->addSeries(significant);
        significant->attachAxis(categories);
        significant->attachAxis(values);
        qchart->legend()->markers(significant).first()->setVisible(false);
        const int series = int(s);
        if (hooks.clicked)
            QObject::connect(line, &QXYSeries::clicked, line,
                             [hooks](const QPointF& point) { hooks.clicked(int(std::lround(point.x()))); });
        if (hooks.hovered)
            QObject::connect(line, &QXYSeries::hovered, line, [hooks, &chart, style, series](const QPointF& point, bool state) {
                hooks.hovered(state ? ChartFactory::tip(chart, style, series, int(std::lround(point.x()))) : QString());
            });
    }
    if (chart.target) {
        auto* target = new QLineSeries;
        target->setName(chart.targetLabel);
        target->append(-0.5, *chart.target);
        target->append(double(chart.categories.size()) - 0.5, *chart.target);
        target->setPen(QPen(style.targetLine, 1.5, Qt::DashLine));
        qchart->addSeries(target);
        target->attachAxis(categories);
        target->attachAxis(values);
    }
    qchart->legend()->setVisible(true);
    return qchart;
}

QChart* histogram(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    qchart->legend()->setVisible(false);
    auto* series = new QBarSeries;
    auto* set = new QBarSet(chart.series.front().name);
    set->setColor(style.seriesColour(0));
    set->setBorderColor(style.seriesColour(0));
    set->setLabelColor(style.text);
    set->setLabelFont(style.font(11));
    double maximum = 1;
    for (const ChartData::Point& point : chart.series.front().points) {
        set->append(point.value.value_or(0));
        maximum = std::max(maximum, point.value.value_or(0));
    }
    series->append(set);
    connectBarSet(set, chart, style, 0, hooks, false);
    series->setBarWidth(0.95);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels(chart, false));
    styleAxis(categories, style, chart.categoryAxisTitle, int(chart.categories.size()));
    categories->setGridLineVisible(false);
    QValueAxis* values = valueAxis(chart, style, 0, std::ceil(maximum * 1.15));
    qchart->addAxis(categories, Qt::AlignBottom);
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    return qchart;
}

QChart* boxPlot(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    qchart->legend()->setVisible(false);
    auto* series = new QBoxPlotSeries;
    series->setPen(QPen(style.text, 1.2));
    const ChartData::Series& data = chart.series.front();
    for (size_t i = 0; i < data.points.size(); ++i) {
        const ChartData::Point& point = data.points[i];
        auto* box = new QBoxSet(point.box[0], point.box[1], point.box[2], point.box[3], point.box[4],
                                chart.categories[i].label);
        box->setBrush(point.smallBase ? QBrush(style.smallBase, Qt::BDiagPattern)
                                      : QBrush(style.bandColour(chart, point.box[2])));
        box->setPen(QPen(style.text, 1.2));
        series->append(box);
        const int category = int(i);
        if (hooks.clicked)
            QObject::connect(box, &QBoxSet::clicked, box, [hooks, category] { hooks.clicked(category); });
        if (hooks.hovered)
            QObject::connect(box, &QBoxSet::hovered, box, [hooks, &chart, style, category](bool state) {
                hooks.hovered(state ? ChartFactory::tip(chart, style, 0, category) : QString());
            });
    }
    series->setBoxWidth(0.55);
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels(chart, false));
    styleAxis(categories, style, chart.categoryAxisTitle, int(chart.categories.size()));
    categories->setGridLineVisible(false);
    QValueAxis* values = valueAxis(chart, style, 0, 100);
    qchart->addAxis(categories, Qt::AlignBottom);
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    addTargetLine(qchart, chart, style, values, categories, false);
    return qchart;
}

QChart* stackedShares(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    auto* series = new QStackedBarSeries;
    // Detractors red, passives grey, promoters green: the trade's convention, whatever the palette.
    const QList<QColor> colours { QColor(0xC0, 0x39, 0x2B), QColor(0xBD, 0xBD, 0xBD), QColor(0x2E, 0x8B, 0x57) };
    int stacked = 0;
    const ChartData::Series* line = nullptr;
    for (size_t s = 0; s < chart.series.size(); ++s) {
        const ChartData::Series& data = chart.series[s];
        if (data.line) {
            line = &data;
            continue;
        }
        auto* set = new QBarSet(data.name);
        QColor colour = colours.value(stacked++, style.seriesColour(int(s)));
        if (chart.view == ChartViews::View::Scales) { // low points red, middle grey, high green
            const double at = chart.series.size() > 1 ? double(s) / double(chart.series.size() - 1) : 1.0;
            const QColor from = at < 0.5 ? colours[0] : colours[1];
            const QColor to = at < 0.5 ? colours[1] : colours[2];
            const double t = at < 0.5 ? at * 2 : (at - 0.5) * 2;
            colour = QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                                      float(from.greenF() + (to.greenF() - from.greenF()) * t),
                                      float(from.blueF() + (to.blueF() - from.blueF()) * t));
        }
        set->setColor(colour);
        set->setBorderColor(Qt::white);
        set->setLabelColor(colour.lightnessF() < 0.6 ? Qt::white : style.text);
        set->setLabelFont(style.font(10));
        for (const ChartData::Point& point : data.points)
            set->append(point.value.value_or(0));
        series->append(set);
        connectBarSet(set, chart, style, int(s), hooks, false);
    }
    series->setLabelsVisible(false); // ChartCanvas writes the shares
    series->setBarWidth(0.6);
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels(chart, false));
    styleAxis(categories, style, chart.categoryAxisTitle, int(chart.categories.size()));
    categories->setGridLineVisible(false);
    QValueAxis* values = valueAxis(chart, style, chart.valueMin, 100);
    qchart->addAxis(categories, Qt::AlignBottom);
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    if (line) {
        auto* nps = new QLineSeries;
        nps->setName(line->name);
        nps->setPen(QPen(style.seriesColour(0), 3));
        nps->setPointsVisible(true);
        nps->setPointLabelsVisible(true);
        nps->setPointLabelsFormat(QStringLiteral("@yPoint"));
        nps->setPointLabelsFont(style.font(12, true));
        nps->setPointLabelsColor(style.seriesColour(0));
        auto* significant = new QScatterSeries;
        significant->setMarkerSize(14);
        significant->setColor(style.seriesColour(0));
        significant->setBorderColor(Qt::white);
        for (size_t i = 0; i < line->points.size(); ++i)
            if (line->points[i].value) {
                nps->append(double(i), std::round(*line->points[i].value));
                if (line->points[i].significant)
                    significant->append(double(i), *line->points[i].value);
            }
        qchart->addSeries(nps);
        nps->attachAxis(categories);
        nps->attachAxis(values);
        qchart->addSeries(significant);
        significant->attachAxis(categories);
        significant->attachAxis(values);
        qchart->legend()->markers(significant).first()->setVisible(false);
    }
    qchart->legend()->setVisible(true);
    return qchart;
}

QChart* quadrant(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
{
    QChart* qchart = newChart(chart, style);
    auto* performance = new QValueAxis;
    performance->setRange(0, 100);
    performance->setTickType(QValueAxis::TicksDynamic);
    performance->setTickAnchor(0);
    performance->setTickInterval(10);
    performance->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(performance, style, chart.xAxisTitle);
    QValueAxis* importance = valueAxis(chart, style, 0, chart.valueMax);
    qchart->addAxis(performance, Qt::AlignBottom);
    qchart->addAxis(importance, Qt::AlignLeft);
    // Quadrant colours: fix first red, keep up green, secondary grey, overdone amber.
    const QList<QColor> colours { QColor(0xC0, 0x39, 0x2B), QColor(0x2E, 0x8B, 0x57), QColor(0x95, 0xA5, 0xA6),
                                  QColor(0xE3, 0x8B, 0x2C) };
    for (int q = 0; q < chart.quadrantNames.size(); ++q) { // legend entries
        auto* legend = new QScatterSeries;
        legend->setName(chart.quadrantNames[q]);
        legend->setColor(colours.value(q));
        legend->setBorderColor(colours.value(q));
        legend->setMarkerSize(11);
        qchart->addSeries(legend);
        legend->attachAxis(performance);
        legend->attachAxis(importance);
    }
    for (const auto& [from, to] : { std::pair { QPointF(chart.splitX, 0), QPointF(chart.splitX, chart.valueMax) },
                                    std::pair { QPointF(0, chart.splitY), QPointF(100, chart.splitY) } }) {
        auto* split = new QLineSeries;
        split->append(from);
        split->append(to);
        split->setPen(QPen(style.muted, 1.2, Qt::DashLine));
        qchart->addSeries(split);
        split->attachAxis(performance);
        split->attachAxis(importance);
        qchart->legend()->markers(split).first()->setVisible(false);
    }
    const ChartData::Series& data = chart.series.front();
    for (size_t i = 0; i < data.points.size(); ++i) {
        const ChartData::Point& point = data.points[i];
        if (!point.value)
            continue;
        // One series per standard: Qt Charts 6.4 labels points only with their coordinates.
        auto* dot = new QScatterSeries;
        dot->append(point.x, *point.value);
        const QColor colour = point.smallBase ? style.smallBase : colours.value(point.quadrant, style.seriesColour(0));
        dot->setColor(colour);
        dot->setBorderColor(Qt::white);
        dot->setMarkerSize(11);
        dot->setPointLabelsVisible(true);
        dot->setPointLabelsFormat(QString(point.label).replace(QLatin1Char('@'), QStringLiteral("＠")));
        dot->setPointLabelsFont(style.font(11));
        dot->setPointLabelsColor(style.text);
        dot->setPointLabelsClipping(false);
        qchart->addSeries(dot);
        dot->attachAxis(performance);
        dot->attachAxis(importance);
        qchart->legend()->markers(dot).first()->setVisible(false);
        const int category = int(i);
        if (hooks.clicked)
            QObject::connect(dot, &QXYSeries::clicked, dot, [hooks, category] { hooks.clicked(category); });
        if (hooks.hovered)
            QObject::connect(dot, &QXYSeries::hovered, dot, [hooks, &chart, style, category](const QPointF&, bool state) {
                hooks.hovered(state ? ChartFactory::tip(chart, style, 0, category) : QString());
            });
    }
    qchart->legend()->setVisible(true);
    return qchart;
}

} // namespace

QGraphicsWidget* ChartFactory::create(const ChartData& chart, const ChartStyle& style, const Hooks& hooks)
{
    if (chart.kind == Kind::Heatmap)
        return new HeatmapItem(chart, style, hooks.clicked, hooks.hovered);
    if (chart.series.empty() || chart.categories.empty()) {
        QChart* empty = newChart(chart, style);
        empty->legend()->setVisible(false);
        return empty;
    }
    switch (chart.kind) {
    case Kind::Bars: return bars(chart, style, hooks);
    case Kind::GroupedBars: return groupedBars(chart, style, hooks);
    case Kind::Lines: return lines(chart, style, hooks);
    case Kind::Histogram: return histogram(chart, style, hooks);
    case Kind::BoxPlot: return boxPlot(chart, style, hooks);
    case Kind::StackedShares: return stackedShares(chart, style, hooks);
    case Kind::Quadrant: return quadrant(chart, style, hooks);
    case Kind::Heatmap: break;
    }
    return newChart(chart, style);
}

QString ChartFactory::tip(const ChartData& chart, const ChartStyle& style, int series, int category)
{
    if (series < 0 || size_t(series) >= chart.series.size() || category < 0
        || size_t(category) >= chart.categories.size())
        return {};
    const ChartData::Series& data = chart.series[size_t(series)];
    const ChartData::Point& point = data.points[size_t(category)];
    QStringList lines { chart.categories[size_t(category)].label };
    if (chart.series.size() > 1)
        lines.first() += QStringLiteral(" · ") + data.name;
    if (chart.kind == Kind::BoxPlot) {
        lines << tr("Median %1, quartiles %2–%3, range %4–%5")
                     .arg(style.number(point.box[2]), style.number(point.box[1]), style.number(point.box[3]),
                          style.number(point.box[0]), style.number(point.box[4]));
    } else if (chart.kind == Kind::Quadrant) {
        lines << tr("Importance %1 %, performance %2 % yes").arg(style.number(point.value.value_or(0)), style.number(point.x));
        lines << chart.quadrantNames.value(point.quadrant);
    } else if (point.value) {
        QString value = valueText(chart, style, *point.value);
        if (point.low && point.high)
            value += tr(" (%1 to %2)").arg(style.number(*point.low), style.number(*point.high));
        lines << value;
    } else {
        lines << tr("No result");
    }
    lines << tr("n = %1").arg(style.locale.toString(point.n));
    if (point.smallBase)
        lines << tr("Fewer than %1 visits: read with care").arg(chart.smallBaseThreshold);
    if (point.change)
        lines << (point.significant ? tr("%1 since the previous wave, significant") : tr("%1 since the previous wave, not significant"))
                     .arg((*point.change > 0 ? QStringLiteral("+") : QString()) + style.number(*point.change));
    return lines.join(QLatin1Char('\n'));
}
