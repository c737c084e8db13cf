#pragma once

#include "CliCommand.h"

// shopscope-cli programme show|set FILE ...: the programme's settings and languages.
class ProgrammeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCommand)

public:
    QString name() const override { return QStringLiteral("programme"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
