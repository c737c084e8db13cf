#include "ChartPackCommand.h"

#include "ChartCommand.h"
#include "analysis/ChartRequest.h"
#include "charts/ChartPackWriter.h"
#include "project/Project.h"
#include "project/ProjectError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

QString ChartPackCommand::summary() const
{
    return tr("Write a wave's chart pack: every chart as PNG and SVG, and the PDF report with a page per location");
}

void ChartPackCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        tr("Writes the chart pack of a wave (docs/charts.md) into a folder: every standard chart as PNG and SVG, "
           "and report.pdf with a title page, the dashboard, the standard charts, a page per region and a one-pager "
           "per location of the own network (score, sections against the network, trend, the shoppers' comments; "
           "shoppers are never named).\n\n"
           "  chartpack FILE --out DIR [--wave NAME] [--filter DIMENSION=VALUE]... [--progress] [--json]"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The programme file."));
    ChartCommand::addRequestOptions(parser, false);
    parser.addOption({ QStringLiteral("out"), tr("The folder to write into (made when missing)."), tr("DIR") });
    parser.addOption({ QStringLiteral("progress"), tr("Print the progress on standard error.") });
    parser.addOption({ QStringLiteral("json"), tr("Print what was written as JSON.") });
}

int ChartPackCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    const auto request = ChartCommand::requestFromArguments(parser, name(), false);
    if (!request)
        return UsageError;
    const QString folder = parser.value(QStringLiteral("out"));
    if (folder.isEmpty())
        return fail(tr("chartpack: --out DIR is needed"), UsageError);
    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return fail(error.message);
    QElapsedTimer timer;
    timer.start();
    ChartPackWriter writer(project->database(), *request, folder);
    QString why;
    if (!writer.prepare(&why)) {
        writer.abandon();
        return fail(tr("chartpack: %1").arg(why));
    }
    QTextStream err(stderr);
    int reported = -1;
    while (!writer.finished()) {
        if (!writer.step(&why)) {
            writer.abandon();
            return fail(tr("chartpack: %1").arg(why));
        }
        const int percent = writer.stepsDone() * 100 / std::max(1, writer.stepCount());
        if (parser.isSet(QStringLiteral("progress")) && percent != reported) {
            err << tr("%1 % (%2 of %3 pages)").arg(percent).arg(writer.stepsDone()).arg(writer.stepCount()) << '\n';
            err.flush();
            reported = percent;
        }
    }
    if (!writer.finish(&why)) {
        writer.abandon();
        return fail(tr("chartpack: %1").arg(why));
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray files;
        for (const QString& path : writer.files())
            files.append(path);
        printJson({ { QStringLiteral("pdf"), writer.pdfPath() },
                    { QStringLiteral("pages"), writer.pages() },
                    { QStringLiteral("files"), files },
                    { QStringLiteral("notes"), QJsonArray::fromStringList(writer.notes()) },
                    { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 } });
    } else {
        for (const QString& note : writer.notes())
            print(note);
        print(tr("%1: %2 pages; %3 chart files in %4 (%5 s)")
                  .arg(QDir::toNativeSeparators(writer.pdfPath()))
                  .arg(writer.pages())
                  .arg(writer.files().size())
                  .arg(QDir::toNativeSeparators(folder))
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return Success;
}
