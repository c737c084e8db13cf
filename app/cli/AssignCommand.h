#pragma once

#include "CliCommand.h"

// shopscope-cli assign FILE --wave NAME [--dry-run] [--json] ...; assign rules FILE [--set JSON]
class AssignCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AssignCommand)

public:
    QString name() const override { return QStringLiteral("assign"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int assign(const QCommandLineParser& parser, const QString& file);
    int rules(const QCommandLineParser& parser, const QString& file);
};
