#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

class ChartCanvas;
class QImage;
class QIODevice;
struct ChartData;

// Writes a chart canvas as PNG (a size in pixels and a resolution: 300 dpi for print keeps the
// screen's proportions at three times the detail), SVG or PDF, or puts it on the clipboard; and
// the data behind a chart as CSV or XLSX. Nothing is left behind when writing fails.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf, Csv, Xlsx };

    struct Options
    {
        QSize pixels = QSize(1600, 1000); // PNG: the image's size; SVG and PDF: the size at `dpi`
        int dpi = 160;
    };

    // The format of a file name's extension; none for another extension.
    static std::optional<Format> formatOf(const QString& path);
    // The logical size (pixels at 96 dpi) a chart is laid out at for these options: the
    // physical size, but at least 760 wide (scaled down to fit when the output is smaller).
    static QSizeF logicalSize(const Options& options);

    static QImage image(ChartCanvas& canvas, const Options& options);
    static bool write(ChartCanvas& canvas, const QString& path, const Options& options, QString* error);
    static bool writeData(const ChartData& chart, const QString& path, QString* error);
    static void copyToClipboard(ChartCanvas& canvas, const Options& options);

private:
    // The canvas laid out at `logical` and drawn as SVG into device (a file, the clipboard's buffer).
    static void writeSvg(ChartCanvas& canvas, QIODevice* device, const QSizeF& logical);
};
