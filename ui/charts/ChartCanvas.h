#pragma once

#include "ChartFactory.h"
#include "ChartStyle.h"
#include "analysis/ChartData.h"

#include <QCoreApplication>
#include <QGraphicsScene>
#include <QSizeF>

class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class QGraphicsPixmapItem;
class QGraphicsWidget;
class QPainter;

// One chart as it is shown and exported: title, subtitle (wave, filters, base), the chart, the
// footnote and the client's logo, laid out in a scene of a given logical size. The window's
// view shows this scene and every export renders it, so a PNG, an SVG, a PDF page and the
// screen show the same thing, without any widget around it.
class ChartCanvas
{
    Q_DECLARE_TR_FUNCTIONS(ChartCanvas)

public:
    ChartCanvas(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks = {});
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas&) = delete;
    ChartCanvas& operator=(const ChartCanvas&) = delete;

    const ChartData& data() const { return m_data; }
    QGraphicsScene* scene() { return &m_scene; }
    // Lays the chart out for a logical size (pixels at 96 dpi).
    void setSize(const QSizeF& size);
    QSizeF size() const { return m_size; }
    // Draws the whole canvas into target (any paint device: image, SVG, PDF page).
    void render(QPainter* painter, const QRectF& target);

private:
    ChartData m_data;
    ChartStyle m_style;
    QGraphicsScene m_scene;
    QGraphicsTextItem* m_title = nullptr;
    QGraphicsTextItem* m_subtitle = nullptr;
    QGraphicsTextItem* m_footnote = nullptr;
    QGraphicsSimpleTextItem* m_empty = nullptr;
    QGraphicsPixmapItem* m_logo = nullptr;
    QGraphicsWidget* m_chart = nullptr;
    QList<QGraphicsSimpleTextItem*> m_categoryLabels;
    struct ValueLabel
    {
        QGraphicsSimpleTextItem* item = nullptr;
        int series = 0;
        int category = 0;
        double value = 0;
    };
    QList<ValueLabel> m_valueLabels; // bar charts: written by the canvas, in a fixed order
    void placeValueLabels();
    void placeCategoryLabels();
    QSizeF m_size;
};
