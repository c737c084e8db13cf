#pragma once

#include "ChartStyle.h"
#include "analysis/ChartData.h"
#include "analysis/ChartRequest.h"
#include "analysis/DashboardData.h"
#include "analysis/LocationPage.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class ChartBuilder;
class ChartCanvas;

// The chart pack of a wave (docs/charts.md): every standard chart as PNG and SVG in a folder,
// and one PDF report: a title page, the dashboard, the standard charts, a page per region and
// a one-pager per location for its branch manager. Written step by step (a page at a time), so
// the window can run it with progress and Cancel and memory stays the same from the first page
// to the last; the PDF appears under its name only when complete, and a cancelled pack removes
// what it wrote.
class ChartPackWriter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPackWriter)

public:
    ChartPackWriter(const QSqlDatabase& db, const ChartRequest& request, const QString& folder);
    ~ChartPackWriter();

    // Reads every figure the pack needs and opens the PDF; false with *error when it cannot.
    bool prepare(QString* error);
    int stepCount() const;
    int stepsDone() const { return m_done; }
    // Writes the next page (and its chart files); false with *error on a write failure.
    bool step(QString* error);
    bool finished() const { return m_done >= stepCount(); }
    // Closes the PDF and puts it in place; the pack is complete.
    bool finish(QString* error);
    // Removes what the pack wrote so far (after a cancel or a failure).
    void abandon();

    QString pdfPath() const;
    QStringList files() const { return m_files; } // chart files written, in order
    int pages() const { return m_pages; }
    QStringList notes() const { return m_notes; } // charts left out, and why

private:
    void newPage();
    void drawChart(const ChartData& chart, const QRectF& where);
    void drawText(const QRectF& where, const QString& text, double pixelSize, bool bold = false,
                  const QColor& colour = QColor(), int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    bool writeChartFiles(const ChartData& chart, const QString& name, QString* error);
    void titlePage();
    void dashboardPage();
    void locationPage(const LocationPage& page);

    QSqlDatabase m_db;
    ChartRequest m_request;
    QString m_folder;
    std::unique_ptr<ChartBuilder> m_builder;
    ChartStyle m_style;
    QString m_waveName;
    std::optional<DashboardData> m_dashboard;
    std::vector<std::pair<QString, ChartData>> m_charts; // file name, chart
    std::vector<ChartData> m_regions;
    std::vector<LocationPage> m_locations;
    std::unique_ptr<QPdfWriter> m_pdf;
    QPainter m_painter;
    QStringList m_files;
    QStringList m_notes;
    int m_done = 0;
    int m_pages = 0;
};
