#pragma once

#include "ChartCanvas.h"

#include <QGraphicsView>
#include <memory>

// Shows one chart canvas, filling the widget: the same scene the exports render. A click on a
// bar, box or point reports its category (for drill-down); hovering shows its value, base,
// margin and change.
class ChartWidget : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void setChart(const ChartData& chart, const ChartStyle& style);
    void clear();
    ChartCanvas* canvas() const { return m_canvas.get(); }
    // Presses on a category as a click would (tests; keyboard drill-down).
    void activateCategory(int category);

signals:
    void categoryClicked(int category);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit();

    std::unique_ptr<ChartCanvas> m_canvas;
};
