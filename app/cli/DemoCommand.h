#pragma once

#include "CliCommand.h"

// shopscope-cli demo FILE [--preset small|large] [--seed N] [--today DATE] [--force]
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
