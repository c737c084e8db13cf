#include "DemoCommand.h"

#include "demo/DemoGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

QString DemoCommand::summary() const
{
    return tr("Write a demo programme (the bank Nordbank, twelve monthly waves around today) to a new project file.");
}

void DemoCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The project file to write."));
    parser.addOption({QStringLiteral("preset"),
                      tr("small (about 100 locations, 1,500 visits, 400 shoppers) or large (about 1,500 locations, "
                         "200,000 visits, 60,000 shoppers). Default: small."),
                      tr("NAME"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed and date give the same programme."),
                      tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("today"), tr("Pretend today is DATE (YYYY-MM-DD); waves are placed around it."),
                      tr("DATE")});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists (only once the new one is complete).")});
    parser.addOption({QStringLiteral("progress"), tr("Show progress on stderr.")});
    parser.addOption({QStringLiteral("json"), tr("Print what was written as JSON.")});
}

int DemoCommand::run(const QCommandLineParser& parser)
{
    const QString file = fileArgument(parser);
    if (file.isEmpty())
        return UsageError;
    DemoGenerator::Options options;
    const auto preset = DemoGenerator::presetFromName(parser.value(QStringLiteral("preset")));
    if (!preset)
        return fail(tr("demo: unknown preset “%1” (use small or large)").arg(parser.value(QStringLiteral("preset"))),
                    UsageError);
    options.preset = *preset;
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(tr("demo: --seed must be a whole number from 0 to 18446744073709551615, not “%1”")
                        .arg(parser.value(QStringLiteral("seed"))),
                    UsageError);
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return fail(tr("demo: --today must be a date like 2026-11-22, not “%1”")
                            .arg(parser.value(QStringLiteral("today"))),
                        UsageError);
    }
    options.replace = parser.isSet(QStringLiteral("force"));
    const bool showProgress = parser.isSet(QStringLiteral("progress"));

    QElapsedTimer timer;
    timer.start();
    DemoGenerator::Statistics statistics;
    ProjectError error;
    int lastShown = -1;
    const bool written = DemoGenerator::generate(file, options, &statistics, &error, [&](int percent) {
        if (showProgress && percent != lastShown) {
            std::fprintf(stderr, "\r%3d %%", percent);
            std::fflush(stderr);
            lastShown = percent;
        }
        return true;
    });
    if (showProgress)
        std::fputc('\n', stderr);
    if (!written)
        return fail(error.message);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const QString path = QFileInfo(file).absoluteFilePath();
    if (parser.isSet(QStringLiteral("json"))) {
        printJson({{QStringLiteral("file"), path},
                   {QStringLiteral("seconds"), seconds},
                   {QStringLiteral("locations"), statistics.locations},
                   {QStringLiteral("shoppers"), statistics.shoppers},
                   {QStringLiteral("waves"), statistics.waves},
                   {QStringLiteral("visits"), statistics.visits},
                   {QStringLiteral("responses"), statistics.responses},
                   {QStringLiteral("answers"), statistics.answers},
                   {QStringLiteral("rows"), statistics.rows},
                   {QStringLiteral("rows_per_second"), seconds > 0 ? double(statistics.rows) / seconds : 0.0}});
        return Success;
    }
    const QLocale locale;
    print(tr("Wrote %1: %2 locations, %3 shoppers, %4 visits, %5 reports, %6 answers (%7 rows in %8 s)")
              .arg(QDir::toNativeSeparators(path), locale.toString(statistics.locations),
                   locale.toString(statistics.shoppers), locale.toString(statistics.visits),
                   locale.toString(statistics.responses), locale.toString(statistics.answers),
                   locale.toString(statistics.rows), locale.toString(seconds, 'f', 1)));
    return Success;
}
