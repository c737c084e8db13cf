#pragma once

#include "CliCommand.h"

#include <optional>

struct ChartRequest;

// shopscope-cli chart FILE --view VIEW --out chart.png|svg|pdf|csv|xlsx and
// shopscope-cli export-data FILE --view VIEW [--out data.csv|xlsx]: the standard charts of
// docs/charts.md drawn offscreen exactly as the window draws them, or the data behind them.
class ChartCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    enum class Mode { Chart, Data };
    explicit ChartCommand(Mode mode) : m_mode(mode) { }

    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

    // The request the shared options (--view, --wave, --filter, --per, --outcome...) ask for;
    // nothing after reporting a usage error naming the option.
    static std::optional<ChartRequest> requestFromArguments(const QCommandLineParser& parser, const QString& command,
                                                            bool view = true);
    static void addRequestOptions(QCommandLineParser& parser, bool view);

private:
    Mode m_mode;
};
