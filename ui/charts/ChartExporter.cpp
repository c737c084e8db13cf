#include "ChartExporter.h"

#include "ChartCanvas.h"
#include "analysis/ChartData.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"

#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

void ChartExporter::writeSvg(ChartCanvas& canvas, QIODevice* device, const QSizeF& logical)
{
    canvas.setSize(logical);
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    svg.setResolution(96);
    svg.setTitle(canvas.data().title);
    svg.setDescription(canvas.data().subtitle);
    QPainter painter(&svg);
    canvas.render(&painter, QRectF(QPointF(0, 0), logical));
}

std::optional<ChartExporter::Format> ChartExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    return std::nullopt;
}

QSizeF ChartExporter::logicalSize(const Options& options)
{
    // The physical size at the resolution; a chart smaller than the window's smallest layout
    // (760 wide) is laid out as that and scaled down, as the window shows a small chart.
    double scale = 96.0 / std::max(1, options.dpi);
    scale = std::max(scale, 760.0 / std::max(1, options.pixels.width()));
    return QSizeF(options.pixels.width() * scale, options.pixels.height() * scale);
}

QImage ChartExporter::image(ChartCanvas& canvas, const Options& options)
{
    QImage image(options.pixels, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(options.dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    canvas.setSize(logicalSize(options));
    QPainter painter(&image);
    canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(options.pixels)));
    painter.end();
    return image;
}

bool ChartExporter::write(ChartCanvas& canvas, const QString& path, const Options& options, QString* error)
{
    const auto format = formatOf(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!format || *format == Format::Csv || *format == Format::Xlsx)
        return writeData(canvas.data(), path, error);
    if (options.pixels.width() < 50 || options.pixels.height() < 50 || options.pixels.width() > 20000
        || options.pixels.height() > 20000 || options.dpi < 30 || options.dpi > 1200) {
        *error = tr("%1: the size must be 50–20000 pixels a side and the resolution 30–1200 dpi").arg(shown);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written (%2)").arg(shown, file.errorString());
        return false;
    }
    const QSizeF logical = logicalSize(options);
    switch (*format) {
    case Format::Png: {
        if (!image(canvas, options).save(&file, "PNG")) {
            *error = tr("%1: the image could not be written").arg(shown);
            return false;
        }
        break;
    }
    case Format::Svg:
        writeSvg(canvas, &file, logical);
        break;
    case Format::Pdf: {
        canvas.setSize(logical);
        QPdfWriter pdf(&file);
        pdf.setTitle(canvas.data().title);
        pdf.setCreator(QStringLiteral("ShopScope"));
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(logical.width() * 72 / 96, logical.height() * 72 / 96), QPageSize::Point,
                                  QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&pdf);
        canvas.render(&painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
        break;
    }
    default:
        break;
    }
    if (!file.commit()) {
        *error = tr("%1: cannot be written (%2)").arg(shown, file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::writeData(const ChartData& chart, const QString& path, QString* error)
{
    const auto format = formatOf(path);
    if (format == Format::Xlsx) {
        // Numbers as numbers in the figures' columns only: a code such as "0042" stays text.
        const QList<QStringList> rows = chart.rows();
        const QStringList numbers { QStringLiteral("value"),          QStringLiteral("n"),      QStringLiteral("low"),
                                    QStringLiteral("high"),           QStringLiteral("change"), QStringLiteral("performance"),
                                    QStringLiteral("minimum"),        QStringLiteral("lower_quartile"),
                                    QStringLiteral("median"),         QStringLiteral("upper_quartile"),
                                    QStringLiteral("maximum") };
        QList<int> numeric;
        for (int c = 0; !rows.isEmpty() && c < rows.first().size(); ++c)
            if (numbers.contains(rows.first()[c]))
                numeric << c;
        return XlsxWriter::write(path, { { chart.title, rows, numeric } }, error);
    }
    if (format == Format::Csv) {
        CsvWriter writer;
        writer.setByteOrderMark(true);
        return writer.writeFile(path, chart.rows(), error);
    }
    *error = tr("%1: write .png, .svg, .pdf, .csv or .xlsx").arg(QDir::toNativeSeparators(path));
    return false;
}

void ChartExporter::copyToClipboard(ChartCanvas& canvas, const Options& options)
{
    auto* data = new QMimeData;
    const QImage picture = image(canvas, options);
    data->setImageData(picture);
    QByteArray svg;
    QBuffer buffer(&svg);
    buffer.open(QIODevice::WriteOnly);
    writeSvg(canvas, &buffer, logicalSize(options));
    data->setData(QStringLiteral("image/svg+xml"), svg); // vector for office suites that take it
    QGuiApplication::clipboard()->setMimeData(data);
}
