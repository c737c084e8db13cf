#pragma once

#include "CliCommand.h"

// shopscope-cli results import FILE CSV [--dry-run] ...: shopper reports from a fielding
// platform's file; results show / enter FILE VISIT: one visit's report typed on the command line.
class ResultsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommand)

public:
    QString name() const override { return QStringLiteral("results"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int entry(const QCommandLineParser& parser, const QString& action, const QString& file, const QString& visitText);
};
