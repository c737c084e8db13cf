#pragma once

#include "CliCommand.h"

// shopscope-cli plan summary FILE [--wave CODE|NAME] [--by wave,region,scenario,channel,location|none]
//                            [--json | --csv]
// The planned visits per cell of the sample plan, their fieldwork budget and the precision a cell
// of that size gives, with totals and the precision of the programme, region and location
// readings. It becomes `plan summary` once the `plan` command exists: that command adds
// addOptions() to its parser and hands its FILE to summarise().
class PlanSummaryCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummaryCommand)

public:
    QString name() const override { return QStringLiteral("plan-summary"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

    // The options --wave, --by, --json and --csv.
    static void addOptions(QCommandLineParser& parser);
    // Reads FILE and prints the summary; commandName starts error messages ("plan summary").
    static int summarise(const QCommandLineParser& parser, const QString& file, const QString& commandName);
};
