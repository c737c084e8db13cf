#pragma once

#include "CliCommand.h"

// shopscope-cli new FILE: creates an empty programme.
class NewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    QString name() const override { return QStringLiteral("new"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
