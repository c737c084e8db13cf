#pragma once

#include "CliCommand.h"

// shopscope-cli shoppers list|show|import|export FILE ...
class ShoppersCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShoppersCommand)

public:
    QString name() const override { return QStringLiteral("shoppers"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int importFile(const QCommandLineParser& parser, const QString& file, const QString& csv);
    int exportFile(const QCommandLineParser& parser, const QString& file, const QString& output);
    int list(const QCommandLineParser& parser, const QString& file);
    int show(const QCommandLineParser& parser, const QString& file, const QString& code);
};
