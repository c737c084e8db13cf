#pragma once

#include "CliCommand.h"

// shopscope-cli locations import|export|list|tree|show FILE ...
class LocationsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(LocationsCommand)

public:
    QString name() const override { return QStringLiteral("locations"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int importFile(const QCommandLineParser& parser, const QString& file, const QString& csv);
    int exportFile(const QCommandLineParser& parser, const QString& file);
    int list(const QCommandLineParser& parser, const QString& file);
    int tree(const QCommandLineParser& parser, const QString& file);
    int show(const QCommandLineParser& parser, const QString& file, const QString& code);
};
