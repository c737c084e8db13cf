#include "ChartCanvas.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsPixmapItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsWidget>
#include <QPainter>
#include <QTextDocument>

ChartCanvas::ChartCanvas(const ChartData& chart, const ChartStyle& style, const ChartFactory::Hooks& hooks)
    : m_data(chart)
    , m_style(style)
{
    m_scene.setBackgroundBrush(Qt::white);
    m_scene.setItemIndexMethod(QGraphicsScene::NoIndex);
    auto text = [this](const QString& content, const QFont& font, const QColor& colour) {
        auto* item = m_scene.addText(content, font);
        item->setDefaultTextColor(colour);
        return item;
    };
    m_title = text(m_data.title, m_style.font(20, true), m_style.text);
    m_subtitle = text(m_data.subtitle, m_style.font(13), m_style.muted);
    m_footnote = text(m_data.footnote, m_style.font(11), m_style.muted);
    if (!m_style.logo.isNull())
        m_logo = m_scene.addPixmap(m_style.logo);
    if (m_data.isEmpty()) {
        m_empty = m_scene.addSimpleText(tr("No approved results match this choice."), m_style.font(15));
        m_empty->setBrush(m_style.muted);
    }
    // The chart points into m_data (tips): it lives as long as the canvas.
    m_chart = ChartFactory::create(m_data, m_style, hooks);
    m_scene.addItem(m_chart);
    const bool categorised = qobject_cast<QChart*>(m_chart) && m_data.kind != ChartData::Kind::Quadrant
        && m_data.kind != ChartData::Kind::Heatmap && !m_data.isEmpty();
    if (categorised) {
        for (const ResultsTable::Key& key : m_data.categories) {
            auto* label = m_scene.addSimpleText(key.label);
            label->setBrush(m_style.text);
            label->setData(0, key.label);
            m_categoryLabels << label;
        }
        if (!m_data.horizontal)
            qobject_cast<QChart*>(m_chart)->legend()->setAlignment(Qt::AlignTop);
    }
    // Bar values are written here rather than by Qt Charts, whose labels of the zero-height bars
    // of the other traffic-light sets pile up in an order that changes from run to run: the
    // same chart must give the same file every time.
    const bool stacked = m_data.kind == ChartData::Kind::StackedShares;
    const auto stackedSeries = std::max<qsizetype>(
        2, std::count_if(m_data.series.cbegin(), m_data.series.cend(), [](const ChartData::Series& one) { return !one.line; }));
    const bool lines = m_data.kind == ChartData::Kind::Lines && m_data.series.size() <= 3;
    if (categorised && (m_data.kind == ChartData::Kind::Bars || m_data.kind == ChartData::Kind::GroupedBars || stacked || lines))
        for (size_t s = 0; s < m_data.series.size(); ++s)
            for (size_t c = 0; c < m_data.series[s].points.size(); ++c)
                if (const auto value = m_data.series[s].points[c].value; value && !m_data.series[s].line) {
                    const bool small = m_data.series[s].points[c].smallBase;
                    auto* label = m_scene.addSimpleText(m_data.unit == ChartData::Unit::Count || stacked
                                                            ? m_style.number(*value, 0)
                                                            : m_style.number(*value));
                    label->setBrush(small ? m_style.muted : m_style.text);
                    if (stacked) { // white on the red and green ends of the scale, dark on the grey middle
                        const double at = m_data.series.size() > 2 ? double(s) / double(stackedSeries - 1) : 0.0;
                        if (at < 0.3 || at > 0.7)
                            label->setBrush(Qt::white);
                    }
                    label->setZValue(10);
                    m_valueLabels << ValueLabel { label, int(s), int(c), *value };
                }
    setSize(QSizeF(960, 600));
}

ChartCanvas::~ChartCanvas()
{
    m_scene.clear();
}

void ChartCanvas::setSize(const QSizeF& size)
{
    m_size = size;
    const double margin = std::max(8.0, size.width() * 0.02);
    const double width = size.width() - 2 * margin;
    double logoWidth = 0;
    if (m_logo) {
        const double height = 48;
        const double scale = height / std::max(1, m_style.logo.height());
        m_logo->setTransformationMode(Qt::SmoothTransformation);
        m_logo->setScale(scale);
        logoWidth = m_style.logo.width() * scale;
        m_logo->setPos(size.width() - margin - logoWidth, margin);
    }
    m_title->setTextWidth(width - logoWidth - (logoWidth > 0 ? 12 : 0));
    m_title->setPos(margin, margin);
    double y = margin + m_title->boundingRect().height();
    m_subtitle->setTextWidth(width - logoWidth);
    m_subtitle->setPos(margin, y - 4);
    y += m_subtitle->boundingRect().height() + 2;
    m_footnote->setTextWidth(width);
    const double footnoteHeight = m_data.footnote.isEmpty() ? 0 : m_footnote->boundingRect().height();
    m_footnote->setPos(margin, size.height() - margin - footnoteHeight);
    m_footnote->setVisible(!m_data.footnote.isEmpty());
    const QRectF chartRect(margin, y, width, std::max(40.0, size.height() - margin - footnoteHeight - y));
    if (auto* chart = qobject_cast<QChart*>(m_chart); chart && !m_categoryLabels.isEmpty()) {
        // Room beside (or under) the plot for the category labels this canvas writes.
        const int count = int(m_categoryLabels.size());
        if (m_data.horizontal) {
            const double slot = (chartRect.height() - 60) / count;
            const QFont font = m_style.font(std::clamp(slot * 0.62, 6.5, 12.5));
            const QFontMetricsF metrics(font);
            double widest = 0;
            for (const QGraphicsSimpleTextItem* label : m_categoryLabels)
                widest = std::max(widest, metrics.horizontalAdvance(label->data(0).toString()));
            chart->setMargins(QMargins(int(std::min(widest + 10, chartRect.width() * 0.32)), 4, 12, 4));
        } else {
            const double slot = (chartRect.width() - 60) / count;
            const QFont font = m_style.font(std::clamp(slot * 0.16, 7.0, 12.0));
            chart->setMargins(QMargins(4, 4, 12, int(QFontMetricsF(font).lineSpacing() * 2 + 8)));
        }
    }
    m_chart->setGeometry(chartRect);
    // Qt Charts lays its axes out on posted layout requests: settle them now, so that an export
    // made before any event loop ran has its labels measured (else they are cut to "...").
    // Only the chart's own layout requests: delivering every posted event here could run a
    // data refresh that deletes this very canvas.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents(m_chart, QEvent::LayoutRequest);
        if (auto* chart = qobject_cast<QChart*>(m_chart))
            QCoreApplication::sendPostedEvents(chart->legend(), QEvent::LayoutRequest);
        if (m_chart->layout())
            m_chart->layout()->activate();
    }
    if (m_empty)
        m_empty->setPos(chartRect.center() - m_empty->boundingRect().center());
    placeCategoryLabels();
    placeValueLabels();
    m_scene.setSceneRect(QRectF(QPointF(0, 0), size));
}

void ChartCanvas::render(QPainter* painter, const QRectF& target)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    m_scene.render(painter, target, m_scene.sceneRect(), Qt::KeepAspectRatio);
}

void ChartCanvas::placeCategoryLabels()
{
    auto* chart = qobject_cast<QChart*>(m_chart);
    if (!chart || m_categoryLabels.isEmpty())
        return;
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    const int count = int(m_categoryLabels.size());
    if (m_data.horizontal) {
        const double slot = plot.height() / count;
        const QFont font = m_style.font(std::clamp(slot * 0.62, 6.5, 12.5));
        const QFontMetricsF metrics(font);
        const double room = plot.left() - m_chart->geometry().left() - 8;
        for (int i = 0; i < count; ++i) {
            QGraphicsSimpleTextItem* label = m_categoryLabels[i];
            label->setFont(font);
            label->setText(metrics.elidedText(label->data(0).toString(), Qt::ElideRight, room));
            label->setVisible(slot >= 5.5); // a thousand locations: the bars alone, labels on hover
            const double width = metrics.horizontalAdvance(label->text());
            label->setPos(plot.left() - 6 - width, plot.top() + (i + 0.5) * slot - metrics.height() / 2);
        }
        return;
    }
    const double slot = plot.width() / count;
    const QFont font = m_style.font(std::clamp(slot * 0.16, 7.0, 12.0));
    const QFontMetricsF metrics(font);
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem* label = m_categoryLabels[i];
        label->setFont(font);
        // Two lines at most, broken at the last space that fits: "January" / "2026".
        const QString text = label->data(0).toString();
        QString first = text;
        QString second;
        if (metrics.horizontalAdvance(text) > slot - 4) {
            const QStringList words = text.split(QLatin1Char(' '));
            first.clear();
            int used = 0;
            while (used < words.size()
                   && (first.isEmpty() || metrics.horizontalAdvance(first + QLatin1Char(' ') + words[used]) <= slot - 4))
                first += (first.isEmpty() ? QString() : QStringLiteral(" ")) + words[used++];
            second = words.mid(used).join(QLatin1Char(' '));
        }
        QStringList lines { metrics.elidedText(first, Qt::ElideRight, slot - 4) };
        if (!second.isEmpty())
            lines << metrics.elidedText(second, Qt::ElideRight, slot - 4);
        label->setText(lines.join(QLatin1Char('\n')));
        label->setVisible(slot >= 14);
        const QRectF bounds = label->boundingRect();
        label->setPos(plot.left() + (i + 0.5) * slot - bounds.width() / 2, plot.bottom() + 4);
    }
}

void ChartCanvas::placeValueLabels()
{
    auto* chart = qobject_cast<QChart*>(m_chart);
    if (!chart || m_valueLabels.isEmpty())
        return;
    if (m_data.kind == ChartData::Kind::Lines) {
        // Above each point of a line, on the same axes as the lines.
        QAbstractSeries* line = nullptr;
        for (QAbstractSeries* series : chart->series())
            if (series->type() == QAbstractSeries::SeriesTypeLine) {
                line = series;
                break;
            }
        if (!line)
            return;
        const QFont font = m_style.font(11);
        for (const ValueLabel& label : m_valueLabels) {
            const QPointF at = chart->mapToScene(chart->mapToPosition(QPointF(label.category, label.value), line));
            label.item->setFont(font);
            const QRectF bounds = label.item->boundingRect();
            label.item->setPos(at.x() - bounds.width() / 2, at.y() - bounds.height() - 4);
        }
        return;
    }
    QAbstractBarSeries* bars = nullptr;
    for (QAbstractSeries* series : chart->series())
        if ((bars = qobject_cast<QAbstractBarSeries*>(series)))
            break;
    if (!bars)
        return;
    const bool horizontal = m_data.horizontal;
    const bool grouped = m_data.kind == ChartData::Kind::GroupedBars;
    const bool stacked = m_data.kind == ChartData::Kind::StackedShares;
    const int count = int(m_data.categories.size());
    const int sets = grouped ? int(m_data.series.size()) : 1;
    const double barWidth = bars->barWidth();
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    const double slot = (horizontal ? plot.height() : plot.width()) / std::max(1, count) * barWidth / sets;
    const QFont font = m_style.font(std::clamp(slot * 0.8, 6.0, 11.0));
    const QFontMetricsF metrics(font);
    for (const ValueLabel& label : m_valueLabels) {
        // Where Qt Charts puts the bar: a category at its index (horizontal: counted from the
        // bottom, first category on top), a series' bar within the category's band.
        const int axisIndex = horizontal ? count - 1 - label.category : label.category;
        const int set = grouped && horizontal ? sets - 1 - label.series : grouped ? label.series : 0;
        const double along = axisIndex - barWidth / 2 + (set + 0.5) * barWidth / sets;
        double below = 0; // stacked: where the segment starts
        if (stacked)
            for (int s = 0; s < label.series; ++s)
                if (!m_data.series[size_t(s)].line)
                    below += m_data.series[size_t(s)].points[size_t(label.category)].value.value_or(0);
        const double reach = stacked ? below + label.value / 2 : label.value;
        const QPointF end = chart->mapToScene(
            chart->mapToPosition(horizontal ? QPointF(reach, along) : QPointF(along, reach), bars));
        label.item->setFont(font);
        label.item->setVisible(slot >= 5.5 && (horizontal || metrics.horizontalAdvance(label.item->text()) < slot * sets * 1.6));
        const QRectF bounds = label.item->boundingRect();
        if (horizontal) {
            double x = end.x() + 3;
            const bool small = m_data.series[size_t(label.series)].points[size_t(label.category)].smallBase;
            label.item->setBrush(small ? m_style.muted : m_style.text);
            if (x + bounds.width() > plot.right()) { // no room after the bar: inside its end
                x = end.x() - 3 - bounds.width();
                // White on a coloured bar; dark on the light hatched grey of a small base.
                label.item->setBrush(small || (!grouped && m_data.bands.empty()) ? m_style.text : QBrush(Qt::white));
            }
            label.item->setPos(x, end.y() - bounds.height() / 2);
        } else if (stacked) {
            label.item->setPos(end.x() - bounds.width() / 2, end.y() - bounds.height() / 2);
            const double height = chart->mapToPosition(QPointF(along, below), bars).y()
                - chart->mapToPosition(QPointF(along, below + label.value), bars).y();
            label.item->setVisible(label.item->isVisible() && height >= bounds.height());
        } else {
            label.item->setPos(end.x() - bounds.width() / 2, end.y() - bounds.height() - 1);
        }
    }
}
