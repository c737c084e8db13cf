#pragma once

#include "CliCommand.h"

// shopscope-cli qc FILE --wave NAME [--kind K,...] [--json]: the automatic quality-control flags
// of a wave's reports, with their evidence.
class QcCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(QcCommand)

public:
    QString name() const override { return QStringLiteral("qc"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
