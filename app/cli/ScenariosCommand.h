#pragma once

#include "CliCommand.h"

struct Scenario;
class Project;

// shopscope-cli scenarios list|show|save|duplicate|delete FILE ...
class ScenariosCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScenariosCommand)

public:
    QString name() const override { return QStringLiteral("scenarios"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int list(const QCommandLineParser& parser, const QString& file);
    int show(const QCommandLineParser& parser, const QString& file, const QString& code);
    int save(const QCommandLineParser& parser, const QString& file);
    int duplicate(const QCommandLineParser& parser, const QString& file, const QString& code, const QString& newCode);
    int remove(const QCommandLineParser& parser, const QString& file, const QStringList& codes);
    // Applies the options of 'save' to *scenario; false after reporting a usage error.
    bool applyOptions(const QCommandLineParser& parser, Project* project, Scenario* scenario);
    // Prints one scenario as text or JSON (inside `wrapper` under "scenario" when given).
    void printScenario(const QCommandLineParser& parser, Project* project, const Scenario& scenario,
                       const QJsonObject& wrapper);
};
