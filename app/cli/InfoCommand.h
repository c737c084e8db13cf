#pragma once

#include "CliCommand.h"

// shopscope-cli info FILE [--json]: counts of everything in a project.
class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
