#pragma once

#include "CliCommand.h"

// shopscope-cli chartpack FILE --out DIR [--wave NAME]: every standard chart of a wave as PNG
// and SVG, and the PDF report with the dashboard, the region pages and a one-pager per location.
class ChartPackCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartPackCommand)

public:
    QString name() const override { return QStringLiteral("chartpack"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;
};
