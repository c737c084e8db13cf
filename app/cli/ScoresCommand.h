#pragma once

#include "CliCommand.h"

#include <optional>

struct ResultsQuery;

// shopscope-cli scores FILE --by ... [--measure ...] | scores rescore FILE: the scored results
// store (docs/results.md): aggregations with margins of error, and a full rescoring.
class ScoresCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoresCommand)

public:
    QString name() const override { return QStringLiteral("scores"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int aggregate(const QCommandLineParser& parser, const QString& file);
    int rescore(const QCommandLineParser& parser, const QString& file);
    // The query the options ask for; nothing after reporting a usage error.
    std::optional<ResultsQuery> queryFromArguments(const QCommandLineParser& parser) const;
};
