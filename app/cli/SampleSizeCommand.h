#pragma once

#include "CliCommand.h"

#include <optional>

// shopscope-cli samplesize (--p P | --mean --sd SD) (--n N | --moe M) [--confidence 90|95|99]
//                          [--population N] [--json]
// The margin of error of a share or a mean measured on n visits, or the visits needed for a
// target margin. Needs no project file; the figures come from core/planning/SampleSize.
class SampleSizeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SampleSizeCommand)

public:
    QString name() const override { return QStringLiteral("samplesize"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    // The option's value as a number, or no value after reporting a usage error.
    std::optional<double> number(const QCommandLineParser& parser, const QString& option) const;
    std::optional<qint64> wholeNumber(const QCommandLineParser& parser, const QString& option) const;
    // --confidence as a fraction: "95", "95%" and "0.95" all mean 0.95. 0.95 when not given.
    std::optional<double> confidence(const QCommandLineParser& parser) const;
};
