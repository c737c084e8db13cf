#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QGraphicsWidget;
struct ChartData;
struct ChartStyle;

// Turns a chart's data into Qt Charts objects (or the heat map's own item) in the programme's
// style: traffic-light bars with the target line, hatched grey bars on small bases, lines with
// margin-of-error bands and markers at significant changes, box plots, the NPS stack, the
// importance-performance quadrant. The only place that knows Qt Charts (see ui/CMakeLists.txt).
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    struct Hooks
    {
        std::function<void(int category)> clicked; // a bar, box or point of a category
        std::function<void(const QString& tip)> hovered; // empty when the pointer leaves
    };

    // A new item of the given size in pixels (the caller owns it).
    static QGraphicsWidget* create(const ChartData& chart, const ChartStyle& style, const Hooks& hooks = {});

    // What hovering a category's value of a series says: value, base, margin, change.
    static QString tip(const ChartData& chart, const ChartStyle& style, int series, int category);
};
