#pragma once

#include "analysis/ChartData.h"
#include "ChartStyle.h"

#include <QGraphicsWidget>
#include <functional>

// The heat map of section scores: a row per place, a column per section, each cell in its score
// band's colour with the score written in it; small bases hatched. Qt Charts has no heat map, so
// this item paints itself; it sits in a chart canvas like a QChart does.
class HeatmapItem : public QGraphicsWidget
{
public:
    HeatmapItem(const ChartData& chart, const ChartStyle& style, std::function<void(int row)> clicked,
                std::function<void(const QString&)> hovered);

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    struct Geometry
    {
        double left = 0; // where the cells start
        double top = 0;
        double cellWidth = 0;
        double cellHeight = 0;
    };
    Geometry geometry() const;
    std::pair<int, int> cellAt(const QPointF& position) const; // row, column; -1 outside

    ChartData m_chart;
    ChartStyle m_style;
    std::function<void(int)> m_clicked;
    std::function<void(const QString&)> m_hovered;
};
