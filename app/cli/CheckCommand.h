#pragma once

#include "CliCommand.h"

// shopscope-cli check FILE: integrity, schema and domain-rule check. Exit 1 when it finds problems.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
