#include "ChartCommand.h"

#include "analysis/ChartBuilder.h"
#include "analysis/ChartRequest.h"
#include "charts/ChartCanvas.h"
#include "charts/ChartExporter.h"
#include "charts/ChartStyle.h"
#include "io/CsvWriter.h"
#include "project/Project.h"
#include "project/ProjectError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ChartCommand::name() const
{
    return m_mode == Mode::Chart ? QStringLiteral("chart") : QStringLiteral("export-data");
}

QString ChartCommand::summary() const
{
    return m_mode == Mode::Chart ? tr("Draw a standard chart as PNG, SVG or PDF (or its data as CSV or XLSX)")
                                 : tr("The data behind a standard chart as CSV, XLSX or JSON");
}

void ChartCommand::addRequestOptions(QCommandLineParser& parser, bool view)
{
    if (view)
        parser.addOption({ QStringLiteral("view"), tr("The chart: %1.").arg(ChartViews::keys()), tr("VIEW") });
    parser.addOption({ QStringLiteral("wave"), tr("The wave (code or name); default: the newest with approved reports."),
                       tr("NAME") });
    parser.addOption({ QStringLiteral("filter"),
                       tr("Only reports with this value, e.g. region=Vidzeme, channel=visit, scenario=S01, "
                          "competitor=no, brand=Nordbank, area=..., location=CODE (repeatable)."),
                       tr("DIMENSION=VALUE") });
    if (view) {
        parser.addOption({ QStringLiteral("per"),
                           tr("What bars, lines, rows or boxes are per: region, area, location, channel, scenario, "
                              "brand or staff (by-location, heatmap: region by default; trend, distribution: none)."),
                           tr("DIMENSION") });
        parser.addOption({ QStringLiteral("outcome"),
                           tr("drivers, nps: the question code of the outcome (default: the first NPS question)."),
                           tr("CODE") });
    }
    parser.addOption({ QStringLiteral("include-pending"), tr("Count submitted reports besides approved ones.") });
    parser.addOption({ QStringLiteral("confidence"), tr("90, 95 (default) or 99 % for margins and significance."),
                       tr("LEVEL") });
}

std::optional<ChartRequest> ChartCommand::requestFromArguments(const QCommandLineParser& parser, const QString& command,
                                                               bool view)
{
    auto usage = [&](const QString& message) -> std::optional<ChartRequest> {
        fail(command + QStringLiteral(": ") + message, UsageError);
        return std::nullopt;
    };
    ChartRequest request;
    if (view) {
        const QString key = parser.value(QStringLiteral("view")).trimmed().toLower();
        const auto chosen = ChartViews::fromKey(key);
        if (!chosen)
            return usage(key.isEmpty() ? tr("--view is needed: %1").arg(ChartViews::keys())
                                       : tr("--view must be one of %1, not “%2”").arg(ChartViews::keys(), key));
        request.view = *chosen;
    }
    request.wave = parser.value(QStringLiteral("wave"));
    for (const QString& filter : parser.values(QStringLiteral("filter"))) {
        const auto parsed = ResultsQuery::parseFilter(filter);
        if (!parsed || parsed->first == ResultsQuery::Dimension::Wave)
            return usage(tr("--filter must look like region=Vidzeme (any dimension but wave: use --wave), not “%1”")
                             .arg(filter));
        request.filters[parsed->first] << parsed->second;
    }
    if (view && parser.isSet(QStringLiteral("per"))) {
        const QString key = parser.value(QStringLiteral("per")).trimmed().toLower();
        if (key != QLatin1String("none")) {
            const auto per = ResultsQuery::dimensionFromKey(key);
            if (!per)
                return usage(tr("--per must be region, area, location, channel, scenario, brand, staff or none, not “%1”")
                                 .arg(key));
            request.per = *per;
        }
    }
    if (view)
        request.outcome = parser.value(QStringLiteral("outcome"));
    request.includePending = parser.isSet(QStringLiteral("include-pending"));
    if (parser.isSet(QStringLiteral("confidence"))) {
        const QString level = parser.value(QStringLiteral("confidence"));
        const auto confidence = ResultsQuery::confidenceFromPercent(level);
        if (!confidence)
            return usage(tr("--confidence must be 90, 95 or 99, not “%1”").arg(level));
        request.confidence = *confidence;
    }
    return request;
}

void ChartCommand::configure(QCommandLineParser& parser) const
{
    if (m_mode == Mode::Chart) {
        parser.setApplicationDescription(
            tr("Draws one of the standard charts (docs/charts.md) offscreen, exactly as the window shows it, in the "
               "programme's colours and report language.\n\n"
               "  chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx [--wave NAME] [--filter DIMENSION=VALUE]...\n"
               "        [--per DIMENSION] [--outcome CODE] [--width PIXELS] [--height PIXELS] [--dpi DPI] [--json]\n\n"
               "PNG is --width x --height pixels (default 1600 x 1000) at --dpi (default 160; 300 for print); SVG "
               "and PDF have the same proportions. A .csv or .xlsx --out writes the data behind the chart.\n"
               "Example:\n  chart demo.shopscope --view by-location --wave W2026-11 --out regions.png --dpi 300"));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme file."));
        addRequestOptions(parser, true);
        parser.addOption({ QStringLiteral("out"), tr("The file to write: .png, .svg, .pdf, .csv or .xlsx."), tr("PATH") });
        parser.addOption({ QStringLiteral("width"), tr("Width in pixels (PNG; default 1600)."), tr("PIXELS") });
        parser.addOption({ QStringLiteral("height"), tr("Height in pixels (PNG; default 1000)."), tr("PIXELS") });
        parser.addOption({ QStringLiteral("dpi"), tr("Resolution (default 160; 300 for print)."), tr("DPI") });
        parser.addOption({ QStringLiteral("json"), tr("Print what was written and the chart's data as JSON.") });
    } else {
        parser.setApplicationDescription(
            tr("The data behind a standard chart: every category and series with its value, base (n), margin of "
               "error, change since the previous wave and small-base flag.\n\n"
               "  export-data FILE --view VIEW [--out data.csv|data.xlsx] [--format csv|json] [chart options]\n\n"
               "Without --out the data is printed (CSV, or JSON with --format json)."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme file."));
        addRequestOptions(parser, true);
        parser.addOption({ QStringLiteral("out"), tr("The file to write: .csv or .xlsx."), tr("PATH") });
        parser.addOption({ QStringLiteral("format"), tr("Printed format: csv (default) or json."), tr("FORMAT") });
        parser.addOption({ QStringLiteral("json"), tr("The same as --format json.") });
    }
}

int ChartCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    const QString command = name();
    const auto request = requestFromArguments(parser, command);
    if (!request)
        return UsageError;
    const QString out = parser.value(QStringLiteral("out"));
    const auto format = ChartExporter::formatOf(out);
    ChartExporter::Options options;
    if (m_mode == Mode::Chart) {
        if (out.isEmpty())
            return fail(tr("chart: --out PATH is needed (.png, .svg, .pdf, .csv or .xlsx)"), UsageError);
        if (!format)
            return fail(tr("chart: --out must end in .png, .svg, .pdf, .csv or .xlsx, not “%1”").arg(out), UsageError);
        for (const auto& [option, target] : { std::pair { "width", &options.pixels.rwidth() },
                                              std::pair { "height", &options.pixels.rheight() },
                                              std::pair { "dpi", &options.dpi } }) {
            const QString key = QString::fromLatin1(option);
            if (!parser.isSet(key))
                continue;
            bool ok = false;
            *target = parser.value(key).toInt(&ok);
            const bool dpi = key == QLatin1String("dpi");
            if (!ok || *target < (dpi ? 30 : 50) || *target > (dpi ? 1200 : 20000))
                return fail((dpi ? tr("chart: --dpi must be a whole number from 30 to 1200, not “%1”")
                                 : tr("chart: --%1 must be a whole number of pixels from 50 to 20000, not “%2”").arg(key))
                                .arg(parser.value(key)),
                            UsageError);
        }
    } else {
        if (!out.isEmpty() && format != ChartExporter::Format::Csv && format != ChartExporter::Format::Xlsx)
            return fail(tr("export-data: --out must end in .csv or .xlsx, not “%1”").arg(out), UsageError);
        const QString printed = parser.isSet(QStringLiteral("json")) ? QStringLiteral("json")
                                                                     : parser.value(QStringLiteral("format")).toLower();
        if (!printed.isEmpty() && printed != QLatin1String("csv") && printed != QLatin1String("json"))
            return fail(tr("export-data: --format must be csv or json, not “%1”").arg(printed), UsageError);
    }

    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    ChartBuilder builder(project->database());
    QString why;
    if (!builder.load(&why, request->includePending))
        return fail(command + QStringLiteral(": ") + why);
    const auto chart = builder.build(*request, &why);
    if (!chart)
        return fail(command + QStringLiteral(": ") + why);

    if (m_mode == Mode::Data && out.isEmpty()) {
        if (parser.isSet(QStringLiteral("json")) || parser.value(QStringLiteral("format")).toLower() == QLatin1String("json"))
            printJson(chart->toJson());
        else
            print(QString::fromUtf8(CsvWriter().toBytes(chart->rows())).trimmed());
        return Success;
    }
    if (m_mode == Mode::Data || format == ChartExporter::Format::Csv || format == ChartExporter::Format::Xlsx) {
        if (!ChartExporter::writeData(*chart, out, &why))
            return fail(command + QStringLiteral(": ") + why);
    } else {
        ChartCanvas canvas(*chart, ChartStyle::fromProgramme(project->database(), chart->language));
        if (!ChartExporter::write(canvas, out, options, &why))
            return fail(command + QStringLiteral(": ") + why);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject object { { QStringLiteral("written"), QFileInfo(out).absoluteFilePath() },
                             { QStringLiteral("chart"), chart->toJson() } };
        if (m_mode == Mode::Chart && format != ChartExporter::Format::Csv && format != ChartExporter::Format::Xlsx) {
            object.insert(QStringLiteral("width"), options.pixels.width());
            object.insert(QStringLiteral("height"), options.pixels.height());
            object.insert(QStringLiteral("dpi"), options.dpi);
        }
        printJson(object);
    } else {
        print(tr("%1 written: %2").arg(QDir::toNativeSeparators(out), chart->title));
    }
    return Success;
}
