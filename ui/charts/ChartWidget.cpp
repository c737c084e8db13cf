#include "ChartWidget.h"

#include <QCursor>
#include <QPointer>
#include <QResizeEvent>
#include <QToolTip>

ChartWidget::ChartWidget(QWidget* parent)
    : QGraphicsView(parent)
{
    setFrameShape(QFrame::NoFrame);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setBackgroundBrush(Qt::white);
    setMinimumSize(320, 240);
}

ChartWidget::~ChartWidget()
{
    setScene(nullptr);
}

void ChartWidget::setChart(const ChartData& chart, const ChartStyle& style)
{
    setScene(nullptr);
    QPointer<ChartWidget> self(this);
    ChartFactory::Hooks hooks;
    hooks.clicked = [self](int category) {
        if (self)
            emit self->categoryClicked(category);
    };
    hooks.hovered = [self](const QString& tip) {
        if (!self)
            return;
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), tip, self);
    };
    m_canvas = std::make_unique<ChartCanvas>(chart, style, hooks);
    setScene(m_canvas->scene());
    fit();
}

void ChartWidget::fit()
{
    if (!m_canvas)
        return;
    // A small view shows the chart as a smaller picture of the export, not a cramped layout:
    // the canvas is laid out at least 760 wide and the view scales it down to fit.
    const QSizeF view = viewport()->size();
    const double scale = std::max(1.0, 760.0 / std::max(1.0, view.width()));
    m_canvas->setSize(view * scale);
    setSceneRect(m_canvas->scene()->sceneRect());
    fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void ChartWidget::clear()
{
    setScene(nullptr);
    m_canvas.reset();
}

void ChartWidget::activateCategory(int category)
{
    emit categoryClicked(category);
}

void ChartWidget::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}
