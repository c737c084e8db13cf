#pragma once

#include "CliCommand.h"

// shopscope-cli programme show|set FILE ...: the programme's settings and languages.
class ProgrammeCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("programme"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
