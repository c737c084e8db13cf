#include "HeatmapItem.h"

#include "ChartFactory.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

HeatmapItem::HeatmapItem(const ChartData& chart, const ChartStyle& style, std::function<void(int row)> clicked,
                         std::function<void(const QString&)> hovered)
    : m_chart(chart)
    , m_style(style)
    , m_clicked(std::move(clicked))
    , m_hovered(std::move(hovered))
{
    setAcceptHoverEvents(true);
}

HeatmapItem::Geometry HeatmapItem::geometry() const
{
    const QFontMetricsF metrics(m_style.font(12));
    double labels = 0;
    for (const ResultsTable::Key& key : m_chart.categories)
        labels = std::max(labels, metrics.horizontalAdvance(key.label));
    const double width = size().width();
    const double height = size().height();
    Geometry geometry;
    geometry.left = std::min(labels + 12, width * 0.35);
    geometry.top = metrics.height() * 2.6; // two lines of section titles
    const int columns = std::max<int>(1, int(m_chart.series.size()));
    const int rows = std::max<int>(1, int(m_chart.categories.size()));
    geometry.cellWidth = (width - geometry.left - 4) / columns;
    geometry.cellHeight = std::max(1.0, (height - geometry.top - 4) / rows);
    return geometry;
}

std::pair<int, int> HeatmapItem::cellAt(const QPointF& position) const
{
    const Geometry g = geometry();
    const int column = int((position.x() - g.left) / g.cellWidth);
    const int row = int((position.y() - g.top) / g.cellHeight);
    if (position.x() < g.left || position.y() < g.top || column >= int(m_chart.series.size())
        || row >= int(m_chart.categories.size()))
        return { -1, -1 };
    return { row, column };
}

void HeatmapItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const Geometry g = geometry();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
    const QFont font = m_style.font(std::clamp(g.cellHeight * 0.45, 7.0, 12.0));
    painter->setFont(m_style.font(12));
    painter->setPen(m_style.text);
    for (size_t column = 0; column < m_chart.series.size(); ++column) {
        const QRectF header(g.left + double(column) * g.cellWidth + 2, 0, g.cellWidth - 4, g.top - 4);
        painter->drawText(header, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                          m_chart.series[column].name);
    }
    for (size_t row = 0; row < m_chart.categories.size(); ++row) {
        const double y = g.top + double(row) * g.cellHeight;
        painter->setFont(font);
        painter->setPen(m_style.text);
        const QString label = QFontMetricsF(font).elidedText(m_chart.categories[row].label, Qt::ElideRight, g.left - 8);
        painter->drawText(QRectF(0, y, g.left - 8, g.cellHeight), Qt::AlignRight | Qt::AlignVCenter, label);
        for (size_t column = 0; column < m_chart.series.size(); ++column) {
            const QRectF cell(g.left + double(column) * g.cellWidth + 1, y + 1, g.cellWidth - 2, g.cellHeight - 2);
            const ChartData::Point& point = m_chart.series[column].points[row];
            if (!point.value) {
                painter->fillRect(cell, QColor(0xF4, 0xF4, 0xF4));
                continue;
            }
            QColor colour = point.smallBase ? m_style.smallBase : m_style.bandColour(m_chart, *point.value);
            painter->fillRect(cell, colour);
            if (point.smallBase)
                painter->fillRect(cell, QBrush(QColor(255, 255, 255, 150), Qt::BDiagPattern));
            painter->setPen(colour.lightnessF() < 0.55 ? Qt::white : m_style.text);
            if (g.cellHeight >= 9)
                painter->drawText(cell, Qt::AlignCenter, m_style.number(*point.value, 0));
        }
    }
}

void HeatmapItem::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    const auto [row, column] = cellAt(event->pos());
    if (row >= 0 && m_clicked)
        m_clicked(row);
    event->accept();
}

void HeatmapItem::hoverMoveEvent(QGraphicsSceneHoverEvent* event)
{
    const auto [row, column] = cellAt(event->pos());
    if (m_hovered)
        m_hovered(row >= 0 ? ChartFactory::tip(m_chart, m_style, column, row) : QString());
}

void HeatmapItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    if (m_hovered)
        m_hovered(QString());
}
