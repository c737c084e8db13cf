#pragma once

#include "CliCommand.h"

// shopscope-cli waves list|create|status FILE ...
class WavesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(WavesCommand)

public:
    QString name() const override { return QStringLiteral("waves"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int list(const QCommandLineParser& parser, const QString& file);
    int create(const QCommandLineParser& parser, const QString& file);
    int status(const QStringList& arguments);
};
