#pragma once

#include "CliCommand.h"

#include <optional>

struct PlanRules;
struct PlanProposal;

// shopscope-cli plan rules|generate FILE --wave NAME ...
class PlanCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    void configure(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& parser) override;

private:
    int rules(const QCommandLineParser& parser, const QString& file);
    int generate(const QCommandLineParser& parser, const QString& file);
    // The rules in effect for the wave, changed by --rules and the rule options; nothing after
    // reporting a problem (*exitCode says which kind).
    std::optional<PlanRules> rulesFromArguments(const QCommandLineParser& parser, const PlanRules& base, int* exitCode) const;
    static bool hasRuleOptions(const QCommandLineParser& parser);
    static QString checkTable(const PlanProposal& proposal, const QString& scopeKind);
};
