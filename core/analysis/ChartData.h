#pragma once

#include "ChartView.h"
#include "results/ResultsQuery.h"
#include "results/ResultsTable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <vector>

// Everything a chart shows, and nothing about how it looks (that is ui/charts' ChartStyle): the
// categories, the series with every point's value, base, margin and flags, the target, the
// score bands for traffic lights, and the texts in the report language. Built by ChartBuilder
// from the aggregation API; drawn by the window and by the command line alike; its rows() are
// the data behind the chart as CSV and XLSX exports write them.
struct ChartData
{
    Q_DECLARE_TR_FUNCTIONS(ChartData)

public:
    enum class Kind
    {
        Bars, // one series of bars, one per category (traffic-light colours by score band)
        GroupedBars, // a bar per series in each category
        Lines, // one line per series over the categories (waves), with margin bands
        Heatmap, // categories are rows, series are columns
        Histogram, // categories are the bins; one series of counts
        BoxPlot, // one box per category
        StackedShares, // shares stacked to 100 per category, optionally with a line series on top
        Quadrant, // points placed by x (performance) and value (importance)
    };

    enum class Unit
    {
        Score, // 0-100 %
        Share, // 0-100 %
        Nps, // -100..100
        Count,
        Importance, // % of the explained variance
    };

    struct Point
    {
        std::optional<double> value;
        qint64 n = 0;
        std::optional<double> low; // the margin of error's interval
        std::optional<double> high;
        bool smallBase = false; // n below the programme's threshold: drawn hatched and grey
        std::optional<double> change; // vs the previous wave (or the previous point of a line)
        bool significant = false; // that change is statistically significant
        double x = 0; // quadrant: performance (share of yes)
        std::array<double, 5> box {}; // box plot: minimum, lower quartile, median, upper quartile, maximum
        QString label; // quadrant: the standard's code
        int quadrant = -1; // quadrant: DriverAnalysis::Quadrant
    };

    struct Series
    {
        QString code;
        QString name;
        std::vector<Point> points; // one per category
        bool line = false; // StackedShares: drawn as a line over the bars (the NPS)
        bool highlighted = false; // the programme's own network in a benchmark
    };

    struct Band
    {
        double lowerBound = 0;
        QString label;
        QString colour; // #RRGGBB
    };

    ChartViews::View view = ChartViews::View::ByLocation;
    Kind kind = Kind::Bars;
    Unit unit = Unit::Score;
    bool horizontal = false;
    QString language = QStringLiteral("en"); // the report language: texts and number format
    QString title;
    QString subtitle; // wave, filters, base
    QString valueAxisTitle;
    QString categoryAxisTitle;
    QString xAxisTitle; // quadrant: performance
    QString footnote; // what hatched bars and markers mean
    std::vector<ResultsTable::Key> categories;
    // The dimension the categories are keys of ("region", "location", "wave"...), for drill-down.
    std::optional<ResultsQuery::Dimension> categoryDimension;
    std::vector<Series> series;
    std::optional<double> target;
    QString targetLabel; // "Target 80" in the report language
    std::vector<Band> bands;
    int smallBaseThreshold = 5;
    double valueMin = 0;
    double valueMax = 100;
    double splitX = 0; // quadrant: the performance and importance splits
    double splitY = 0;
    QStringList quadrantNames; // quadrant: the names of DriverAnalysis::Quadrant, in its order

    bool isEmpty() const;
    // The band a score falls in (-1 when there are no bands).
    int bandOf(double value) const;

    // The data behind the chart, a header and one row per category and series: what a client's
    // analyst pastes into a spreadsheet. Numbers are plain (a dot, no grouping).
    QList<QStringList> rows() const;
    QJsonObject toJson() const;
};
