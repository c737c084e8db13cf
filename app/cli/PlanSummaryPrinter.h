#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>

// `shopscope-cli plan summary FILE [--wave CODE|NAME] [--by wave,region,scenario,channel,location|none]
// [--json | --csv]`: the planned visits per cell of the sample plan, their fieldwork budget and
// the precision a cell of that size gives, with totals and the precision of the programme,
// region and location readings. PlanCommand declares the options and hands FILE over.
class PlanSummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummaryPrinter)

public:
    // The options --wave, --by, --json and --csv.
    static void addOptions(QCommandLineParser& parser);
    // Reads FILE and prints the summary; returns the exit code.
    static int print(const QCommandLineParser& parser, const QString& file);
};
